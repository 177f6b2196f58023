// Pointer behaviour of the graph view: click and double-click, hover tooltips (delegated to the
// svg, so there is one listener per kind rather than one per element), and node dragging.

import { typeName } from './graphStyle.js';

const relation = (type) => String(type || '').toLowerCase().replace(/_/g, ' ');
const citationCount = (d) => (Array.isArray(d.citations) ? d.citations.length : (d.citations ?? '—'));

/**
 * @param svg      D3 selection of the graph's svg
 * @param view     { sim(), large(), moveOne(element, datum) } from the graph view
 * @param tooltip  from graphTooltip.js
 * @param handlers { onNodeClick, onEdgeClick, onBackgroundClick }
 * @returns the d3.drag behaviour to call on node groups
 */
export function attachInteractions(svg, { view, tooltip, handlers }) {
  svg.on('click', (event) => {
    const n = event.target.closest('g.node'), l = event.target.closest('path.link');
    if (n) handlers.onNodeClick?.(n.__data__, event);
    else if (l) handlers.onEdgeClick?.(l.__data__, event);
    else handlers.onBackgroundClick?.(event);
  });

  // Double-click releases a pinned node (dragging pins it).
  svg.on('dblclick', (event) => {
    const n = event.target.closest('g.node');
    if (!n) return;
    const d = n.__data__;
    d.fx = d.fy = null; d.pinned = false;
    d3.select(n).classed('pinned', false);
    view.sim()?.alpha(0.2).restart();
  });

  svg.on('pointerover', (event) => {
    const n = event.target.closest('g.node'), l = event.target.closest('path.link');
    if (n) {
      const d = n.__data__;
      tooltip.show(event, [['', d.name || d.id], ['Type', typeName(d.type)], ...(d.pinned ? [['Pinned', 'double-click to release']] : [])]);
    } else if (l) {
      const d = l.__data__;
      tooltip.show(event, [['', `${d.source.name || d.source.id} → ${d.target.name || d.target.id}`],
        ['Relation', relation(d.type)], ['Polarity', d.polarity], ['Evidence', citationCount(d)],
        ...(d.contested ? [['Contested', 'sources also claim the opposite']] : [])]);
    }
  });
  svg.on('pointermove', (event) => tooltip.move(event));
  svg.on('pointerout', (event) => { if (!event.relatedTarget?.closest?.('g.node, path.link')) tooltip.hide(); });

  // A press without movement is a click, not a drag, and must not pin the node.
  // Small graphs reheat the layout while dragging (neighbours follow). Large graphs move only the
  // dragged node and its own edges: repainting thousands of edges per pointer move is what
  // would make the drag stutter, and a hairball gains little from the global reflow.
  let moved = false;
  return d3.drag()
    .on('start', (event, d) => { moved = false; d.fx = d.x; d.fy = d.y; tooltip.hide(); })
    .on('drag', function (event, d) {
      d.fx = event.x; d.fy = event.y;
      if (view.large()) {
        view.sim().stop();
        d.x = d.fx; d.y = d.fy;
        view.moveOne(this, d);
      } else if (!moved) view.sim().alphaTarget(0.2).restart();
      moved = true;
    })
    .on('end', function (event, d) {
      if (moved && !view.large()) view.sim().alphaTarget(0);
      if (moved) d.pinned = true;
      else if (!d.pinned) d.fx = d.fy = null;
      d3.select(this).classed('pinned', !!d.pinned);
    });
}
