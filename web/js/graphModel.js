// What the graph shows, computed from the state's sources: the union of the result paths, plus
// each expanded node's neighbourhood, minus hidden nodes and filtered-out types and relations.
// Pure data: the same inputs always give the same {nodes, links}.

function addNode(nodes, n) {
  if (!nodes.has(n.id)) nodes.set(n.id, { id: n.id, name: n.name, type: n.type });
}

function addLink(links, l, source, target, citations) {
  const prev = links.get(l.id);
  if (prev && prev.citations >= citations) return;
  links.set(l.id, { id: l.id, type: l.type, polarity: l.polarity, source, target, citations });
}

/**
 * @param paths       the path answer's paths (may be empty)
 * @param expansions  neighbour answers ({center, nodes, links, total}), in expansion order
 * @param hidden      ids of hidden nodes
 * @param hiddenTypes node types not to show (null: none)
 * @param relations   relation types to show (null: all)
 */
export function buildGraph({ paths = [], expansions = [], hidden = [], hiddenTypes = null, relations = null }) {
  const nodes = new Map(), links = new Map();
  for (const p of paths) {
    p.nodes.forEach((n) => addNode(nodes, n));
    p.edges.forEach((e) => addLink(links, e, e.from, e.to, e.support?.evidence ?? e.citations.length));
  }
  for (const x of expansions) {
    addNode(nodes, x.center);
    x.nodes.forEach((n) => addNode(nodes, n));
    x.links.forEach((l) => addLink(links, l, l.source, l.target, l.evidence));
  }
  const hide = new Set(hidden);
  const shownNodes = [...nodes.values()].filter((n) => !hide.has(n.id) && !hiddenTypes?.has(n.type));
  const ids = new Set(shownNodes.map((n) => n.id));
  const shownLinks = [...links.values()].filter((l) => ids.has(l.source) && ids.has(l.target)
    && (!relations || relations.has(l.type)));
  return { nodes: shownNodes, links: shownLinks, total: { nodes: nodes.size, links: links.size } };
}

/** Node and edge ids of one path, for highlighting. */
export function pathMembers(path) {
  return path ? { nodes: path.nodes.map((n) => n.id), edges: path.edges.map((e) => e.id) } : null;
}
