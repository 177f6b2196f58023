// Visual vocabulary shared by the graph, its legend, the filters and the search hits, so a
// node type always has the same colour *and* shape (shape keeps types apart without colour vision).
// The curated corpus's four types keep the Okabe–Ito colours; the types imports add (genes,
// chemicals, diseases…) take the rest of that palette and Paul Tol's muted one, each with a
// shape of its own, and related types share a colour family (drug and chemical are blues).

/** Every entity label, in the order lists show them: each curated type beside the imported ones like it. */
export const NODE_TYPES = ['Drug', 'Chemical', 'Receptor', 'Gene', 'Complex', 'Pathway', 'BiologicalProcess',
  'Outcome', 'Disease', 'Phenotype', 'Anatomy'];

const TYPE_STYLE = {
  Drug: { color: '#0072b2', symbol: 'circle' },
  Chemical: { color: '#56b4e9', symbol: 'pentagon' },
  Receptor: { color: '#d55e00', symbol: 'square' },
  Gene: { color: '#e69f00', symbol: 'hexagon' },
  Complex: { color: '#332288', symbol: 'plus' },
  Pathway: { color: '#009e73', symbol: 'diamond' },
  BiologicalProcess: { color: '#117733', symbol: 'star' },
  Outcome: { color: '#cc79a7', symbol: 'triangle' },
  Disease: { color: '#882255', symbol: 'triangle-down' },
  Phenotype: { color: '#aa4499', symbol: 'cross' },
  Anatomy: { color: '#999933', symbol: 'pill' },
};
const FALLBACK = { color: '#6b7280', symbol: 'circle' };

export function typeColor(type) { return (TYPE_STYLE[type] || FALLBACK).color; }

/** A label as people read it: "BiologicalProcess" is "Biological process". */
export function typeName(type) {
  if (!type) return 'Entity';
  const words = String(type).replace(/([a-z])([A-Z])/g, '$1 $2');
  return words.charAt(0) + words.slice(1).toLowerCase();
}

/** The types among `nodes`, known ones in NODE_TYPES order, then any other label (Paper…) by name. */
export function typesIn(nodes) {
  const rank = (t) => (NODE_TYPES.indexOf(t) + 1) || NODE_TYPES.length + 1;
  return [...new Set(nodes.map((n) => n.type).filter(Boolean))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Node radius the edges stop short of; shapes are sized to roughly fill it. */
export const NODE_RADIUS = 10;

// Path data centred on 0,0, written by hand rather than via d3.symbol so the legend and
// the search list can use it without D3 and so every shape has a similar visual weight.
// Regular polygon centred on 0,0 with its first corner straight up (or down when flipped).
function polygon(n, r, flip = false) {
  const pts = [];
  for (let i = 0; i < n; i++) {
    const a = (flip ? Math.PI / 2 : -Math.PI / 2) + (i * 2 * Math.PI) / n;
    pts.push(`${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`);
  }
  return `M${pts.join('L')}Z`;
}

function star(r) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5, k = i % 2 ? r * 0.48 : r;
    pts.push(`${(k * Math.cos(a)).toFixed(2)},${(k * Math.sin(a)).toFixed(2)}`);
  }
  return `M${pts.join('L')}Z`;
}

// Path data centred on 0,0, written by hand rather than via d3.symbol so the legend and
// the search list can use it without D3 and so every shape has a similar visual weight.
export function shapePath(type, r = NODE_RADIUS) {
  switch ((TYPE_STYLE[type] || FALLBACK).symbol) {
    case 'square': { const s = r * 0.85; return `M${-s},${-s}H${s}V${s}H${-s}Z`; }
    case 'diamond': { const s = r * 1.15; return `M0,${-s}L${s},0L0,${s}L${-s},0Z`; }
    case 'triangle': { const s = r * 1.15; return `M0,${-s}L${s},${s * 0.8}L${-s},${s * 0.8}Z`; }
    case 'triangle-down': { const s = r * 1.15; return `M0,${s}L${s},${-s * 0.8}L${-s},${-s * 0.8}Z`; }
    case 'pentagon': return polygon(5, r * 1.08);
    case 'hexagon': return polygon(6, r * 1.05);
    case 'star': return star(r * 1.22);
    case 'plus': { const s = r, t = r * 0.38; return `M${-t},${-s}H${t}V${-t}H${s}V${t}H${t}V${s}H${-t}V${t}H${-s}V${-t}H${-t}Z`; }
    case 'cross': {
      // The plus turned 45°: an × of the same weight.
      const s = r * 0.9, t = r * 0.34;
      return `M${-s},${-s + t}L${-s + t},${-s}L0,${-t}L${s - t},${-s}L${s},${-s + t}L${t},0L${s},${s - t}`
        + `L${s - t},${s}L0,${t}L${-s + t},${s}L${-s},${s - t}L${-t},0Z`;
    }
    case 'pill': { const w = r * 1.25, h = r * 0.62; return `M${-w + h},${-h}H${w - h}A${h},${h} 0 0,1 ${w - h},${h}H${-w + h}A${h},${h} 0 0,1 ${-w + h},${-h}Z`; }
    default: return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  }
}

/** A small inline SVG swatch (string) of a node type, for legends and lists. */
export function shapeSwatch(type, size = 14) {
  const r = size / 2 - 1.5;
  return `<svg class="swatch" width="${size}" height="${size}" viewBox="${-size / 2} ${-size / 2} ${size} ${size}" aria-hidden="true">`
    + `<path d="${shapePath(type, r)}" fill="${typeColor(type)}" stroke="#fff" stroke-width="1"/></svg>`;
}

/** A small inline SVG swatch of an edge polarity: arrowhead, flat bar, or dashed with a dot. */
export function polaritySwatch(polarity, width = 34) {
  const y = 7, end = width - 4;
  const common = `stroke="currentColor" stroke-width="2" fill="none"`;
  let body;
  if (polarity === 'positive') {
    body = `<line x1="2" y1="${y}" x2="${end - 4}" y2="${y}" ${common}/><path d="M${end - 7},${y - 4}L${end},${y}L${end - 7},${y + 4}Z" fill="currentColor"/>`;
  } else if (polarity === 'negative') {
    body = `<line x1="2" y1="${y}" x2="${end}" y2="${y}" ${common}/><line x1="${end}" y1="${y - 5}" x2="${end}" y2="${y + 5}" stroke="currentColor" stroke-width="2.5"/>`;
  } else {
    body = `<line x1="2" y1="${y}" x2="${end - 4}" y2="${y}" ${common} stroke-dasharray="4 3"/><circle cx="${end - 1}" cy="${y}" r="2.6" fill="currentColor"/>`;
  }
  return `<svg class="swatch polarity-${polarity}" width="${width}" height="14" aria-hidden="true">${body}</svg>`;
}

export const POLARITY_LABEL = { positive: 'positive', negative: 'negative', neutral: 'neutral' };
