// The data joins of the graph view: one element per node and per edge, keyed by id so that
// elements survive updates and only attributes change.

import { NODE_RADIUS, shapePath, typeColor } from './graphStyle.js';
import { polarityColor } from './graphDefs.js';

const key = (d) => d.id;
const idOf = (end) => (typeof end === 'object' && end !== null ? end.id : end);
const label = (type) => String(type || '').toLowerCase().replace(/_/g, ' ');

/** g.node[data-id] groups: hit strip, shape (colour and shape by type), label. */
export function joinNodes(layer, nodes, { drag, radius }) {
  const sel = layer.selectAll('g.node').data(nodes, key).join((enter) => {
    const g = enter.append('g').attr('class', 'node').call(drag);
    // A transparent strip from the shape down through the label keeps the node's whole box
    // clickable (its centre can fall between shape and label), and makes labels grab handles.
    g.append('rect').attr('class', 'node-hit').attr('fill', 'transparent')
      .attr('x', -NODE_RADIUS).attr('y', -NODE_RADIUS * 1.2)
      .attr('width', NODE_RADIUS * 2).attr('height', NODE_RADIUS * 2.2 + 16);
    g.append('path').attr('class', 'node-shape');
    g.append('text').attr('class', 'node-label').attr('text-anchor', 'middle').attr('dy', NODE_RADIUS + 14)
      .attr('font-size', 12).attr('pointer-events', 'none');
    return g;
  });
  sel.attr('data-id', (d) => d.id).attr('data-type', (d) => d.type).classed('pinned', (d) => !!d.pinned);
  sel.select('path.node-shape').attr('d', (d) => shapePath(d.type, radius)).attr('fill', (d) => typeColor(d.type));
  sel.select('text.node-label').text((d) => d.name || d.id);
  return sel;
}

/**
 * Edges. In normal mode path.link[data-id] is a wide transparent hit area drawn over a thin
 * visible path.link-line; in large mode path.link is the visible line itself (half the DOM).
 * Also returns, in large mode, each node's incident edges for the cheap single-node drag.
 */
export function joinLinks({ linkLayer, lineLayer, labelLayer }, links, large) {
  const linkSel = linkLayer.selectAll('path.link').data(links, key).join('path')
    .attr('class', (d) => `link ${d.polarity || 'neutral'}${d.contested ? ' contested' : ''}`)
    .attr('data-id', (d) => d.id).attr('data-type', (d) => d.type)
    .attr('stroke', large ? (d) => polarityColor(d.polarity) : null);
  const lineSel = lineLayer.selectAll('path.link-line').data(large ? [] : links, key).join('path')
    .attr('class', (d) => `link-line ${d.polarity || 'neutral'}${d.contested ? ' contested' : ''}`).attr('stroke', (d) => polarityColor(d.polarity));
  const labelSel = labelLayer.selectAll('text.link-label').data(links, key).join('text')
    .attr('class', 'link-label').attr('text-anchor', 'middle').attr('dy', -4).text((d) => label(d.type));
  const incident = new Map();
  if (large) {
    linkSel.each(function (l) {
      for (const end of [idOf(l.source), idOf(l.target)]) {
        if (!incident.has(end)) incident.set(end, []);
        incident.get(end).push({ l, el: this });
      }
    });
  }
  return { linkSel, lineSel, labelSel, incident };
}
