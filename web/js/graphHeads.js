// Edge ends of a large graph drawn in bulk: one path per polarity holding every arrowhead, bar or
// dot, instead of an SVG marker on each of thousands of edges. Chromium paints each marker
// instance on its own, and with 3,000 edges that was most of every frame's main-thread time while
// the layout settled. The shapes, sizes and colours are graphDefs.js's markers, placed where
// those would sit: at the end linkPath stores (_ex, _ey), turned along the edge's end (_ux, _uy).
// Highlighted or selected edges keep their own (blue) marker and are left out here.
//   const heads = createHeads(layer);
//   heads.update(links, { own, dimmed, moving });  // predicates on a link; drawn into 12 paths
//   heads.updateMoving(links, { own, dimmed });    // only the moving paths (the edges of a dragged node)
//   heads.clear();

import { SHAPES, polarityColor } from './graphDefs.js';

const POLARITIES = Object.keys(SHAPES);
const r1 = (v) => Math.round(v * 10) / 10;

// Each marker's outline in the edge's frame (x along the edge, y across it, the end at 0,0):
// its viewBox scaled to markerWidth × markerHeight, with refX moved to the end.
const scale = (s) => s.w / Number(s.viewBox.split(' ')[2]);
const OUTLINE = {
  positive: (() => { const s = SHAPES.positive, k = scale(s); return [[-s.refX * k, -5 * k], [(10 - s.refX) * k, 0], [-s.refX * k, 5 * k]]; })(),
  negative: (() => { const s = SHAPES.negative, k = scale(s); return [[-s.refX * k, -6 * k], [(3 - s.refX) * k, -6 * k], [(3 - s.refX) * k, 6 * k], [-s.refX * k, 6 * k]]; })(),
};
const DOT = (() => { const s = SHAPES.neutral, k = scale(s); return { at: -s.refX * k, r: 4 * k }; })();

/** Path data of one edge end: the marker of its polarity at the link's stored end and direction. */
export function headPath(polarity, l) {
  const x = l._ex, y = l._ey, ux = l._ux, uy = l._uy;
  if (polarity === 'positive' || polarity === 'negative') {
    let d = '';
    for (const [a, b] of OUTLINE[polarity]) d += `${d ? 'L' : 'M'}${r1(x + a * ux - b * uy)},${r1(y + a * uy + b * ux)}`;
    return `${d}Z`;
  }
  const cx = x + DOT.at * ux, cy = y + DOT.at * uy, r = DOT.r;
  return `M${r1(cx - r)},${r1(cy)}a${r},${r} 0 1,1 ${r * 2},0a${r},${r} 0 1,1 ${-r * 2},0Z`;
}

const polarityOf = (l) => (SHAPES[l.polarity] ? l.polarity : 'neutral');
const key = (polarity, dimmed, moving) => `${polarity}${dimmed ? '-dim' : ''}${moving ? '-moving' : ''}`;

export function createHeads(layer) {
  const paths = new Map();
  for (const moving of [false, true]) {
    for (const p of POLARITIES) {
      for (const dimmed of [false, true]) {
        paths.set(key(p, dimmed, moving), layer.append('path')
          .attr('class', `link-head ${p}${dimmed ? ' dimmed' : ''}`)
          .attr('fill', polarityColor(p)).attr('stroke', 'none').node());
      }
    }
  }

  function draw(links, { own, dimmed, moving }, onlyMoving) {
    const parts = new Map();
    for (const l of links) {
      if (l._ex === undefined || own(l)) continue;
      const m = moving(l);
      if (onlyMoving && !m) continue;
      const k = key(polarityOf(l), dimmed(l), m);
      if (!parts.has(k)) parts.set(k, []);
      parts.get(k).push(headPath(polarityOf(l), l));
    }
    for (const [k, el] of paths) {
      if (onlyMoving && !k.endsWith('-moving')) continue;
      const d = parts.get(k)?.join('') || null;
      if (el.getAttribute('d') !== d) d ? el.setAttribute('d', d) : el.removeAttribute('d');
    }
  }

  return {
    update: (links, state) => draw(links, state, false),
    updateMoving: (links, { own, dimmed }) => draw(links, { own, dimmed, moving: () => true }, true),
    clear() { for (const el of paths.values()) el.removeAttribute('d'); },
  };
}
