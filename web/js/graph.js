// Force-directed view of entities and effects, usable on its own (needs the global d3):
//   const view = createGraphView(svgElement, { onNodeClick, onEdgeClick, onBackgroundClick });
//   view.onSettled(({ ms, ticks, nodes, links }) => ...);   // once per setData, when the layout rests
//   view.setData({ nodes: [{id, name, type}], links: [{id, type, polarity, source, target, citations}] });
//   view.highlight(nodeIds, edgeIds); view.clearHighlight(); view.setSelection({ node, edge });
//   view.simulation(); view.lastSettle(); view.fit(); view.data(); view.destroy();
// Graphs above 300 nodes or 600 edges switch to a lean mode (no separate hit paths, smaller
// shapes, labels only when zoomed in, several layout steps per painted frame, single-node drag,
// edge ends drawn in bulk rather than as a marker per edge) so 1,000 nodes / 3,000 edges settle
// in a few seconds and dragging stays fluid.

import { NODE_RADIUS } from './graphStyle.js';
import { assignCurves, linkPath } from './graphGeometry.js';
import { addMarkers, markerUrl } from './graphDefs.js';
import { createHeads } from './graphHeads.js';
import { createTooltip } from './graphTooltip.js';
import { attachInteractions } from './graphInteraction.js';
import { fitTransform, labelRoom, seedNewcomers } from './graphLayout.js';
import { joinNodes, joinLinks } from './graphJoin.js';

const LARGE_NODES = 300;
const LARGE_LINKS = 600;
const TICKS_PER_FRAME_LARGE = 12; // a layout step costs 2-3 ms at 1,000 nodes; painting a frame, 30-100
const LARGE_RADIUS = 6; // smaller shapes keep a dense graph legible
const idOf = (end) => (typeof end === 'object' && end !== null ? end.id : end);
const round = (v) => Math.round(v * 10) / 10;

export function createGraphView(svgElement, { onNodeClick, onEdgeClick, onBackgroundClick } = {}) {
  const svg = d3.select(svgElement).classed('mg-graph', true);
  addMarkers(svg);
  const viewport = svg.append('g').attr('class', 'viewport');
  // One layer per role; order is paint order. Edge labels never take pointer events.
  // Presentation attributes give sane defaults when no stylesheet is loaded (a bare benchmark
  // page); mechgraph's style.css overrides them.
  const lineLayer = viewport.append('g').attr('class', 'link-lines').attr('fill', 'none');
  const linkLayer = viewport.append('g').attr('class', 'links').attr('fill', 'none');
  const heads = createHeads(viewport.append('g').attr('class', 'link-heads').attr('pointer-events', 'none'));
  const labelLayer = viewport.append('g').attr('class', 'link-labels').attr('font-size', 11).attr('pointer-events', 'none');
  const nodeLayer = viewport.append('g').attr('class', 'nodes');
  const tooltip = createTooltip();

  let nodes = [], links = [], sim = null, large = false, zoomK = 1, userZoomed = false;
  let nodeSel = nodeLayer.selectAll('g.node'), linkSel = linkLayer.selectAll('path.link');
  let lineSel = lineLayer.selectAll('path.link-line'), labelSel = labelLayer.selectAll('text');
  let hl = null, selected = { node: null, edge: null }, incident = new Map();
  let startedAt = 0, ticks = 0, settled = true, lastSettle = null, edgeLabelsOn = true, movingFor = null;
  const settleListeners = new Set();

  const zoom = d3.zoom().scaleExtent([0.05, 8])
    .on('zoom', (event) => {
      viewport.attr('transform', event.transform);
      if (event.sourceEvent) userZoomed = true;
      if (Math.abs(event.transform.k - zoomK) > 1e-3) { zoomK = event.transform.k; updateLabelVisibility(); }
    });
  svg.call(zoom).on('dblclick.zoom', null);
  centre();
  // Keep the drawing framed when the panel beside it widens or the window is resized, unless
  // the user has zoomed or panned by hand.
  const resizeObserver = new ResizeObserver(() => { if (!userZoomed && nodes.length) fit(0); });
  resizeObserver.observe(svgElement);

  const drag = attachInteractions(svg, {
    view: { sim: () => sim, large: () => large, moveOne },
    tooltip,
    handlers: { onNodeClick, onEdgeClick, onBackgroundClick },
  });

  function moveOne(element, d) {
    element.setAttribute('transform', `translate(${round(d.x)},${round(d.y)})`);
    const own = incident.get(d.id) || [];
    for (const { l, el } of own) el.setAttribute('d', (l._d = linkPath(l, LARGE_RADIUS)));
    // The dragged node's edge ends go to paths of their own, so that each move redraws only those.
    if (movingFor !== d.id) {
      movingFor = d.id;
      const mine = new Set(own.map(({ l }) => l));
      heads.update(links, { ...headState(), moving: (l) => mine.has(l) });
    }
    heads.updateMoving(own.map(({ l }) => l), headState());
    if (edgeLabelsOn) labelSel.filter((l) => l.source === d || l.target === d).attr('x', (l) => l._lx).attr('y', (l) => l._ly);
  }

  function centre() {
    const { width, height } = svgElement.getBoundingClientRect();
    svg.call(zoom.transform, d3.zoomIdentity.translate((width || 800) / 2, (height || 600) / 2));
  }

  function setData(data) {
    sim?.stop();
    const previous = new Map(nodes.map((n) => [n.id, n]));
    // Copy: the simulation writes x/y/vx/vy into nodes and swaps link ends for objects.
    nodes = (data.nodes || []).map((n) => {
      const p = previous.get(n.id);
      return p ? { ...n, x: p.x, y: p.y, vx: 0, vy: 0, fx: p.fx, fy: p.fy, pinned: p.pinned } : { ...n };
    });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    links = (data.links || []).map((l) => ({ ...l, source: idOf(l.source ?? l.from), target: idOf(l.target ?? l.to) }))
      .filter((l) => byId.has(l.source) && byId.has(l.target));
    seedNewcomers(links, byId, previous);
    assignCurves(links);
    const known = nodes.filter((n) => previous.has(n.id)).length;
    const incremental = nodes.length > 0 && known / nodes.length > 0.5;
    large = nodes.length > LARGE_NODES || links.length > LARGE_LINKS;
    svg.classed('large', large);
    // Without antialiasing, thousands of overlapping edges rasterise several times faster.
    linkLayer.attr('shape-rendering', large ? 'optimizeSpeed' : null);
    if (!incremental) userZoomed = false;

    render();
    sim = d3.forceSimulation(nodes).stop()
      .force('link', d3.forceLink(links).id((d) => d.id).distance(large ? 45 : 150))
      .force('charge', d3.forceManyBody().strength(large ? -60 : -520).distanceMax(large ? 300 : 700).theta(large ? 1.1 : 0.9))
      .force('collide', large ? null : d3.forceCollide(labelRoom))
      .force('x', d3.forceX(0).strength(large ? 0.06 : 0.05))
      .force('y', d3.forceY(0).strength(large ? 0.06 : 0.07))
      .alphaDecay(large ? 0.05 : 0.04)
      .alpha(incremental ? 0.5 : 1);
    startedAt = performance.now(); ticks = 0; settled = false;
    // Part of the layout is computed before the first paint: small graphs then appear nearly in
    // place instead of exploding from the centre; large ones start spread out and framed, which
    // also keeps each frame cheap to paint (short on-screen edges, little overdraw).
    const head = large ? (incremental ? 0 : 15) : (incremental ? 30 : 120);
    sim.tick(head); ticks += head;
    ticked();
    if (!incremental) fit(0);
    // Painting thousands of edges, not the physics, is what costs on large graphs: advance the
    // layout several steps per painted frame so it settles in a fraction of the frames.
    const perFrame = large ? TICKS_PER_FRAME_LARGE : 1;
    // Named listeners, so a caller's own sim.on('end', …) adds to them instead of replacing them.
    sim.on('tick.view', perFrame > 1 ? () => { sim.tick(perFrame - 1); ticks += perFrame - 1; ticked(); } : ticked)
      .on('end.view', ended).restart();
  }

  function render() {
    const radius = large ? LARGE_RADIUS : NODE_RADIUS;
    nodeSel = joinNodes(nodeLayer, nodes, { drag, radius });
    ({ linkSel, lineSel, labelSel, incident } = joinLinks({ linkLayer, lineLayer, labelLayer }, links, large));
    applyClasses();
    updateLabelVisibility(true);
  }

  function ticked() {
    ticks++;
    const r = large ? LARGE_RADIUS : NODE_RADIUS;
    for (const l of links) l._d = linkPath(l, r);
    if (large) { linkSel.attr('d', (l) => l._d); drawHeads(); }
    else { linkSel.attr('d', (l) => l._hd); lineSel.attr('d', (l) => l._d); }
    nodeSel.attr('transform', (d) => `translate(${round(d.x)},${round(d.y)})`);
    if (edgeLabelsOn) labelSel.attr('x', (l) => l._lx).attr('y', (l) => l._ly);
  }

  function ended() {
    if (settled) return;
    settled = true;
    lastSettle = { ms: performance.now() - startedAt, ticks, nodes: nodes.length, links: links.length };
    if (!userZoomed) fit(nodes.length > 1 ? 350 : 0);
    settleListeners.forEach((cb) => cb(lastSettle));
  }

  // Labels are switched with display attributes (not only CSS) so they stay hidden without
  // mechgraph's stylesheet too; node labels are only rewritten when their visibility flips.
  // Edge labels show when there are few edges or when zoomed in; the labels of a chosen path
  // or the selected edge always show.
  let nodeLabelsShown = null;
  function updateLabelVisibility(force = false) {
    const showNodes = large ? zoomK >= 1.8 : zoomK >= 0.45;
    if (force || showNodes !== nodeLabelsShown) {
      nodeLabelsShown = showNodes;
      nodeSel.select('text.node-label').attr('display', showNodes ? null : 'none');
    }
    const all = links.length <= 24 ? zoomK >= 0.65 : zoomK >= (large ? 2.2 : 1.4);
    const emphasised = (d) => d.id === selected.edge || (!!hl && hl.edges.has(d.id));
    labelSel.attr('display', all ? null : (d) => (emphasised(d) ? null : 'none'));
    edgeLabelsOn = all || !!hl || !!selected.edge;
    svg.classed('hide-node-labels', !showNodes).classed('hide-edge-labels', !all);
    if (edgeLabelsOn) labelSel.attr('x', (l) => l._lx).attr('y', (l) => l._ly);
  }

  const emphasised = (d) => (!!hl && hl.edges.has(d.id)) || d.id === selected.edge;
  const headState = () => ({ own: emphasised, dimmed: (d) => !!hl && !hl.edges.has(d.id), moving: () => false });
  function drawHeads() {
    movingFor = null;
    if (large) heads.update(links, headState());
    else heads.clear();
  }

  function applyClasses() {
    const on = (set, id) => !!hl && set.has(id);
    nodeSel.classed('highlighted', (d) => on(hl?.nodes, d.id)).classed('dimmed', (d) => !!hl && !hl.nodes.has(d.id))
      .classed('selected', (d) => d.id === selected.node);
    for (const sel of [linkSel, lineSel, labelSel]) {
      sel.classed('highlighted', (d) => on(hl?.edges, d.id)).classed('dimmed', (d) => !!hl && !hl.edges.has(d.id))
        .classed('selected', (d) => d.id === selected.edge);
    }
    // The end marker belongs on the visible line: path.link-line in normal mode. In large mode
    // only highlighted and selected edges carry one (path.link); the others' ends are drawn in bulk.
    linkSel.attr('marker-end', large ? (d) => (emphasised(d) ? markerUrl(d.polarity, true) : null) : null);
    lineSel.attr('marker-end', (d) => markerUrl(d.polarity, emphasised(d)));
    drawHeads();
  }

  function fit(duration = 350) {
    if (!nodes.length) return;
    const { width, height } = svgElement.getBoundingClientRect();
    const t = fitTransform(nodes, { width, height, labels: !large, radius: large ? LARGE_RADIUS : NODE_RADIUS });
    (duration ? svg.transition().duration(duration) : svg).call(zoom.transform, t);
  }

  return {
    setData,
    highlight(nodeIds, edgeIds) { hl = { nodes: new Set(nodeIds), edges: new Set(edgeIds) }; applyClasses(); updateLabelVisibility(); },
    clearHighlight() { hl = null; applyClasses(); updateLabelVisibility(); },
    setSelection({ node = null, edge = null } = {}) { selected = { node, edge }; applyClasses(); updateLabelVisibility(); },
    simulation: () => sim,
    onSettled(cb) { settleListeners.add(cb); return () => settleListeners.delete(cb); },
    lastSettle: () => lastSettle,
    fit,
    data: () => ({ nodes, links }),
    destroy() { sim?.stop(); tooltip.destroy(); resizeObserver.disconnect(); svg.on('.zoom', null).selectAll('*').remove(); },
  };
}
