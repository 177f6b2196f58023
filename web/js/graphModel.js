// What the graph shows, computed from the state's sources: the union of the result paths, plus
// each expanded node's neighbourhood and each chosen contradiction's pair, minus hidden nodes and
// filtered-out types and relations. A link is `contested` when its pair of entities has both a
// positive and a negative effect in the same direction: the server says so for path hops and
// pairs (their `disagreements`), and two such links met here say so for neighbourhoods.
// Pure data: the same inputs always give the same {nodes, links}.

function addNode(nodes, n) {
  if (!nodes.has(n.id)) nodes.set(n.id, { id: n.id, name: n.name, type: n.type });
}

function addLink(links, l, source, target, citations) {
  const prev = links.get(l.id);
  const contested = !!prev?.contested || l.disagreements?.length > 0;
  if (prev && prev.citations >= citations) { prev.contested = contested; return; }
  links.set(l.id, { id: l.id, type: l.type, polarity: l.polarity, source, target, citations, contested });
}

/** Marks every link whose source and target also have a link of the opposite sign, same direction. */
function markContested(links) {
  const signs = new Map();
  for (const l of links.values()) {
    const key = `${l.source}\u0000${l.target}`;
    if (!signs.has(key)) signs.set(key, new Set());
    signs.get(key).add(l.polarity);
  }
  for (const l of links.values()) {
    const seen = signs.get(`${l.source}\u0000${l.target}`);
    if (seen.has('positive') && seen.has('negative') && l.polarity !== 'neutral') l.contested = true;
  }
}

/**
 * @param paths       the path answer's paths (may be empty)
 * @param expansions  neighbour answers ({center, nodes, links, total}), in expansion order
 * @param pairs       effect answers ({effect, subject, object, samePair}) whose pair to draw whole
 * @param hidden      ids of hidden nodes
 * @param hiddenTypes node types not to show (null: none)
 * @param relations   relation types to show (null: all)
 */
export function buildGraph({ paths = [], expansions = [], pairs = [], hidden = [], hiddenTypes = null, relations = null }) {
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
  for (const p of pairs) {
    addNode(nodes, p.subject);
    addNode(nodes, p.object);
    [p.effect, ...p.samePair].forEach((e) => addLink(links, e, e.from, e.to, e.support?.evidence ?? e.citations.length));
  }
  markContested(links);
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

/** Node and edge ids of a drawn pair (an effect answer), for highlighting. */
export function pairMembers(pair) {
  return pair ? { nodes: [pair.subject.id, pair.object.id], edges: [pair.effect, ...pair.samePair].map((e) => e.id) } : null;
}
