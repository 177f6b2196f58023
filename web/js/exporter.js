// Image exports of what the graph shows. The SVG carries its styles inline (no stylesheet needed),
// is framed to the whole graph rather than the current viewport, and has the key drawn below the
// drawing, so it opens and reads standalone. The data formats are made by the server (api.js).

import { appendKey } from './imageKey.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
// Styles copied inline, with their SVG initial values: a property still at its initial value
// is left out, which keeps a large graph's file several times smaller.
const PROPS = { fill: 'rgb(0, 0, 0)', 'fill-opacity': '1', stroke: 'none', 'stroke-width': '1px', 'stroke-dasharray': 'none',
  'stroke-opacity': '1', opacity: '1', 'paint-order': 'normal', 'stroke-linejoin': 'miter', 'stroke-linecap': 'butt' };
const TEXT_PROPS = ['font-family', 'font-size', 'font-weight', 'font-style'];

export function download(content, filename, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * Serialises the graph svg with inline styles and, given `key` ({ types, relations } from
 * imageKey.keyOf), the key below the drawing; returns { text, width, height }.
 */
export function serializeSvg(svgElement, key = null) {
  const clone = svgElement.cloneNode(true);
  const originals = [svgElement, ...svgElement.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const drop = [];
  originals.forEach((orig, i) => {
    const copy = copies[i];
    const cs = getComputedStyle(orig);
    // Invisible parts (hidden labels, transparent hit areas) would only bloat the file.
    if (cs.display === 'none' || orig.classList?.contains('link-hit')) { drop.push(copy); return; }
    if (i === 0) return;
    const props = Object.entries(PROPS).filter(([p, initial]) => cs.getPropertyValue(p) !== initial).map(([p]) => p);
    if (orig.tagName === 'text') props.push(...TEXT_PROPS);
    if (props.length) copy.setAttribute('style', props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
  });
  drop.forEach((n) => n.remove());
  // Frame the whole drawing: take the content's extent and undo the on-screen zoom.
  const viewport = svgElement.querySelector('.viewport');
  const box = viewport ? viewport.getBBox() : { x: 0, y: 0, width: 800, height: 600 };
  const pad = 30;
  const left = box.x - pad, top = box.y - pad;
  let width = Math.ceil(box.width + pad * 2), height = Math.ceil(box.height + pad * 2);
  if (key) {
    width = Math.max(width, 400);
    height += appendKey(clone, { x: left, y: top + height, width }, key);
  }
  clone.querySelector('.viewport')?.removeAttribute('transform');
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('viewBox', `${left} ${top} ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('class');
  const bg = document.createElementNS(SVG_NS, 'rect');
  Object.entries({ x: left, y: top, width, height, fill: '#ffffff' }).forEach(([k, v]) => bg.setAttribute(k, v));
  clone.insertBefore(bg, clone.querySelector('.viewport'));
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  return { text, width, height };
}

export function exportSvg(svgElement, filename = 'mechgraph.svg', { key = null } = {}) {
  const { text } = serializeSvg(svgElement, key);
  download(text, filename, 'image/svg+xml');
  return text;
}

/** Rasterises the standalone SVG at twice its size (sharp on high-density screens). */
export async function exportPng(svgElement, filename = 'mechgraph.png', { scale = 2, key = null } = {}) {
  const { text, width, height } = serializeSvg(svgElement, key);
  const img = new Image();
  const loaded = new Promise((resolve, reject) => { img.onload = resolve; img.onerror = () => reject(new Error('the SVG could not be rasterised')); });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await loaded;
  // Browsers cap canvas area; shrink very large drawings rather than fail.
  const s = Math.min(scale, Math.sqrt(16e6 / (width * height)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * s);
  canvas.height = Math.round(height * s);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  download(blob, filename);
  return blob;
}
