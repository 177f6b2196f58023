// Layout helpers for the graph view: where new nodes start, the room each node needs for its
// label, and the zoom transform that fits the drawing in the viewport.

import { NODE_RADIUS } from './graphStyle.js';

/** Collision radius leaving room for the node's label (labels are wide, nodes are small). */
export function labelRoom(d) {
  return NODE_RADIUS * 1.6 + Math.min(String(d.name || d.id).length, 26) * 2.4;
}

/**
 * The transform showing every node with its label, leaving room for the hint above and the
 * key below the drawing. Never zooms in beyond 1.5 so a tiny graph does not look inflated.
 */
export function fitTransform(nodes, { width, height, labels = true, radius = NODE_RADIUS }) {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const n of nodes) {
    // A label is about 3.5 units wide per character on either side of the node.
    const half = labels ? Math.max(radius, String(n.name || n.id).length * 3.5) : radius;
    x0 = Math.min(x0, n.x - half); x1 = Math.max(x1, n.x + half);
    y0 = Math.min(y0, n.y - radius); y1 = Math.max(y1, n.y + radius);
  }
  const padX = 24, padTop = 50, padBottom = 70;
  const k = Math.max(0.05, Math.min(1.5,
    (width - padX * 2) / Math.max(x1 - x0, 1),
    (height - padTop - padBottom) / Math.max(y1 - y0, 1)));
  return d3.zoomIdentity.translate(width / 2, padTop + (height - padTop - padBottom) / 2)
    .scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
}

/** New nodes start next to an already placed node they link to, not at the origin. */
export function seedNewcomers(links, byId, previous) {
  for (const l of links) {
    const [a, b] = [byId.get(l.source), byId.get(l.target)];
    const [known, fresh] = previous.has(a.id) ? [a, b] : [b, a];
    if (!previous.has(known.id) || previous.has(fresh.id) || fresh.x !== undefined) continue;
    const angle = Math.random() * 2 * Math.PI;
    fresh.x = known.x + Math.cos(angle) * 60;
    fresh.y = known.y + Math.sin(angle) * 60;
  }
}
