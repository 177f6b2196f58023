// Edge geometry for the force view. Kept free of DOM work so the per-tick cost is arithmetic
// plus one attribute write per element.

import { NODE_RADIUS } from './graphStyle.js';

/** Apex offset between parallel edges; small enough that a curve stays close to its chord. */
const CURVE_STEP = 24;
const idOf = (end) => (typeof end === 'object' && end !== null ? end.id : end);

/**
 * Gives each link a `curve` (apex offset in px). Only node pairs joined by more than one edge
 * (either direction) are curved, so the common case stays a cheap straight line.
 */
export function assignCurves(links) {
  const groups = new Map();
  for (const l of links) {
    const s = idOf(l.source), t = idOf(l.target);
    const key = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(l);
  }
  for (const group of groups.values()) {
    const n = group.length;
    group.forEach((l, i) => {
      const offset = n === 1 ? 0 : (i - (n - 1) / 2) * CURVE_STEP;
      // The perpendicular flips with the link's direction, so flip the offset too: all edges of a
      // pair are then fanned out on one consistent side regardless of which way they point.
      l.curve = idOf(l.source) <= idOf(l.target) ? offset : -offset;
    });
  }
}

/**
 * Path data from the source's rim to just short of the target's rim (so the end marker stays
 * visible), straight or a quadratic curve. Also stores on the link the label anchor (_lx, _ly),
 * the hit path (_hd): for a curve, a straight segment through its apex, whose centre lies on
 * the edge, so a click aimed at the middle of the edge's box always lands on it; and where the
 * path ends (_ex, _ey) and the unit direction it ends in (_ux, _uy), for the end shape.
 */
const r1 = (v) => Math.round(v * 10) / 10;

export function linkPath(l, radius = NODE_RADIUS) {
  const s = l.source, t = l.target;
  if (s === t) return selfLoop(l, s, radius);
  const dx = t.x - s.x, dy = t.y - s.y;
  const len = Math.hypot(dx, dy) || 1;
  const px = -dy / len, py = dx / len;
  const mx = (s.x + t.x) / 2, my = (s.y + t.y) / 2;
  const r0 = radius + 1, rt = radius + 3;
  if (!l.curve) {
    const ux = dx / len, uy = dy / len;
    l._lx = mx; l._ly = my;
    l._ex = t.x - ux * rt; l._ey = t.y - uy * rt; l._ux = ux; l._uy = uy;
    l._hd = `M${r1(s.x + ux * r0)},${r1(s.y + uy * r0)}L${r1(l._ex)},${r1(l._ey)}`;
    return l._hd;
  }
  const cx = mx + px * l.curve * 2, cy = my + py * l.curve * 2;
  const a = unit(cx - s.x, cy - s.y), b = unit(t.x - cx, t.y - cy);
  l._lx = mx + px * l.curve; l._ly = my + py * l.curve;
  const hx = dx * 0.35, hy = dy * 0.35;
  l._hd = `M${r1(l._lx - hx)},${r1(l._ly - hy)}L${r1(l._lx + hx)},${r1(l._ly + hy)}`;
  l._ex = t.x - b[0] * rt; l._ey = t.y - b[1] * rt; l._ux = b[0]; l._uy = b[1];
  return `M${r1(s.x + a[0] * r0)},${r1(s.y + a[1] * r0)}Q${r1(cx)},${r1(cy)} ${r1(l._ex)},${r1(l._ey)}`;
}

function unit(x, y) {
  const n = Math.hypot(x, y) || 1;
  return [x / n, y / n];
}

function selfLoop(l, n, r) {
  l._lx = n.x; l._ly = n.y - r * 4;
  // The loop ends heading from its second control point to its end.
  const [ux, uy] = unit(-r * 2.4, r * 4 - 2);
  l._ex = n.x + r * 0.6; l._ey = n.y - r - 2; l._ux = ux; l._uy = uy;
  l._hd = `M${n.x - r},${l._ly}L${n.x + r},${l._ly}`;
  return `M${n.x - r * 0.6},${n.y - r}C${n.x - r * 3},${n.y - r * 5} ${n.x + r * 3},${n.y - r * 5} ${n.x + r * 0.6},${n.y - r - 2}`;
}
