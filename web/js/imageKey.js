// The key (legend) drawn inside exported images: the node types and the relations the graph
// shows, each with its shape or line, so an SVG or PNG read on its own says what its marks mean.
// Plain SVG elements with inline attributes only: no stylesheet, no foreignObject (which would
// stop the PNG from rasterising).

import { shapePath, typeColor, typeName, typesIn } from './graphStyle.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const COLOR = { positive: '#2f6f4f', negative: '#b42318', neutral: '#5b6472' };
const ORDER = { positive: 0, negative: 1, neutral: 2 };
const ITEM_W = 176, ROW_H = 22, PAD = 12, TITLE_H = 20;

const relation = (type) => type.toLowerCase().replace(/_/g, ' ');

/** What the key lists for a graph: its node types and its relations, in a stable order. */
export function keyOf({ nodes, links }) {
  const types = typesIn(nodes);
  const byType = new Map();
  links.forEach((l) => { if (l.type && !byType.has(l.type)) byType.set(l.type, l.polarity || 'neutral'); });
  const relations = [...byType].map(([type, polarity]) => ({ type, polarity }))
    .sort((a, b) => (ORDER[a.polarity] ?? 3) - (ORDER[b.polarity] ?? 3) || a.type.localeCompare(b.type));
  // Contested edges are drawn dash-dot: the key says what that means.
  if (links.some((l) => l.contested)) relations.push({ type: null, polarity: 'contested' });
  return { types, relations };
}

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG_NS, name);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, String(v)));
  parent?.appendChild(e);
  return e;
}

function label(parent, x, y, text) {
  const t = el('text', { x, y, 'font-family': 'system-ui, sans-serif', 'font-size': 12, fill: '#1c2330',
    'dominant-baseline': 'middle' }, parent);
  t.textContent = text;
}

function edgeSample(g, x, y, polarity) {
  const stroke = COLOR[polarity] || COLOR.neutral;
  const line = { x1: x, y1: y, x2: x + 30, y2: y, stroke, 'stroke-width': 2, fill: 'none' };
  if (polarity === 'positive') {
    el('line', { ...line, x2: x + 26 }, g);
    el('path', { d: `M${x + 24},${y - 4}L${x + 32},${y}L${x + 24},${y + 4}Z`, fill: stroke }, g);
  } else if (polarity === 'negative') {
    el('line', line, g);
    el('line', { x1: x + 31, y1: y - 5, x2: x + 31, y2: y + 5, stroke, 'stroke-width': 2.5 }, g);
  } else if (polarity === 'contested') {
    el('line', { ...line, stroke: '#465063', 'stroke-width': 2.4, 'stroke-dasharray': '7 2 2 2' }, g);
  } else {
    el('line', { ...line, x2: x + 27, 'stroke-dasharray': '4 3' }, g);
    el('circle', { cx: x + 30, cy: y, r: 2.6, fill: stroke }, g);
  }
}

/**
 * Draws the key into `svg` below the drawing, starting at (x, y) and at most `width` wide;
 * returns the height it takes (0 when there is nothing to list).
 */
export function appendKey(svg, { x, y, width }, { types, relations }) {
  const items = [...types.map((t) => ({ kind: 'type', t })), ...relations.map((r) => ({ kind: 'rel', r }))];
  if (!items.length) return 0;
  const perRow = Math.max(1, Math.floor((width - 2 * PAD) / ITEM_W));
  const rows = Math.ceil(types.length / perRow) + Math.ceil(relations.length / perRow);
  const height = PAD * 2 + TITLE_H + rows * ROW_H;
  const g = el('g', { class: 'export-key' }, svg);
  el('rect', { x, y, width, height, fill: '#ffffff', stroke: '#d9dee6' }, g);
  const title = el('text', { x: x + PAD, y: y + PAD + 7, 'font-family': 'system-ui, sans-serif', 'font-size': 12,
    'font-weight': 700, fill: '#1c2330', 'dominant-baseline': 'middle' }, g);
  title.textContent = 'Key';
  let row = 0;
  const place = (list, draw) => {
    list.forEach((item, i) => {
      const cx = x + PAD + (i % perRow) * ITEM_W;
      const cy = y + PAD + TITLE_H + (row + Math.floor(i / perRow)) * ROW_H + ROW_H / 2;
      draw(item, cx, cy);
    });
    row += Math.ceil(list.length / perRow);
  };
  place(types, (t, cx, cy) => {
    el('path', { d: shapePath(t, 7), transform: `translate(${cx + 8},${cy})`, fill: typeColor(t), stroke: '#ffffff' }, g);
    label(g, cx + 22, cy, typeName(t));
  });
  place(relations, (r, cx, cy) => {
    edgeSample(g, cx, cy, r.polarity);
    label(g, cx + 40, cy, r.type ? `${relation(r.type)} (${r.polarity})` : 'contested: sources disagree');
  });
  return height;
}
