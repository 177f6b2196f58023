// How console result values read: nodes as (:Drug ketamine), relationships as [:INHIBITS], paths
// as a short chain, lists and maps as compact JSON. Pure functions, no DOM; consoleTable.js
// builds the cells from them.

const EFFECT_ID = /^[^|]+\|[A-Z][A-Z0-9_]*\|[^|]+$/;
const PAPER_ID = /^(doi|pmid|seed):/i;
const MAX_NAME = 60;

/** An effect edge id such as ketamine|INHIBITS|nmdar, whose evidence GET /api/effects serves. */
export const isEffectId = (id) => typeof id === 'string' && EFFECT_ID.test(id);
/** A paper id (doi:…, pmid:…, seed:…), served by GET /api/papers. */
export const isPaperId = (id) => typeof id === 'string' && PAPER_ID.test(id);

export const kindOf = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v._kind || 'map' : Array.isArray(v) ? 'list' : 'scalar');
export const isGraphValue = (v) => ['node', 'relationship', 'path'].includes(kindOf(v));

/** The node's label other than the shared Entity label (Drug, Receptor, Paper…). */
export function nodeLabel(node) {
  const labels = node.labels || [];
  return labels.find((l) => l !== 'Entity') || labels[0] || '';
}

export function shorten(text, max = MAX_NAME) {
  const s = String(text);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The readable name of a node: its name, else its title, else its id. */
export function nodeName(node) {
  const p = node.properties || {};
  return String(p.name ?? p.title ?? node.id ?? node.elementId);
}

export function nodeText(node) {
  const label = nodeLabel(node);
  return `(${label ? `:${label} ` : ''}${shorten(nodeName(node))})`;
}

export const relText = (rel) => `[:${rel.type}]`;

/** A path as a chain: (ketamine)-[:BINDS]->(mu-opioid receptor)<-[:…]-(…). */
export function pathParts(path) {
  const parts = [];
  const nodes = path.nodes || [], rels = path.relationships || [];
  nodes.forEach((n, i) => {
    parts.push({ kind: 'node', value: n, text: `(${shorten(nodeName(n), 40)})` });
    const r = rels[i];
    if (!r) return;
    const forward = r.start === n.elementId;
    parts.push({ kind: 'relationship', value: r, text: forward ? `-[:${r.type}]->` : `<-[:${r.type}]-` });
  });
  return parts;
}

export const pathText = (path) => pathParts(path).map((p) => p.text).join('');

/** Compact JSON with a space after commas and colons; graph values as their short text. */
export function compact(value) {
  switch (kindOf(value)) {
    case 'node': return nodeText(value);
    case 'relationship': return relText(value);
    case 'path': return pathText(value);
    case 'list': return `[${value.map(compact).join(', ')}]`;
    case 'map': return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`).join(', ')}}`;
    default: return value === undefined ? 'null' : JSON.stringify(value);
  }
}

/** Every node and relationship met in the rows, by id (for the panels of graph clicks). */
export function indexGraphValues(rows) {
  const nodes = new Map(), relationships = new Map();
  const seen = new Set();
  (function walk(v) {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v._kind === 'node') { if (!nodes.has(v.id)) nodes.set(v.id, v); return; }
    if (v._kind === 'relationship') { if (!relationships.has(v.id)) relationships.set(v.id, v); return; }
    (Array.isArray(v) ? v : Object.values(v)).forEach(walk);
  }(rows));
  return { nodes, relationships };
}
