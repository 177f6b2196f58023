// Visual vocabulary shared by the graph, its legend, the filters and the search hits, so a
// node type always has the same colour *and* shape (shape keeps types apart without colour vision).
// Colours are from the Okabe–Ito palette, chosen to stay distinguishable for colour-blind readers.

export const NODE_TYPES = ['Drug', 'Receptor', 'Pathway', 'Outcome'];

const TYPE_STYLE = {
  Drug: { color: '#0072b2', symbol: 'circle' },
  Receptor: { color: '#d55e00', symbol: 'square' },
  Pathway: { color: '#009e73', symbol: 'diamond' },
  Outcome: { color: '#cc79a7', symbol: 'triangle' },
};
const FALLBACK = { color: '#6b7280', symbol: 'circle' };

export function typeColor(type) { return (TYPE_STYLE[type] || FALLBACK).color; }

/** Node radius the edges stop short of; shapes are sized to roughly fill it. */
export const NODE_RADIUS = 10;

// Path data centred on 0,0, written by hand rather than via d3.symbol so the legend and
// the search list can use it without D3 and so every shape has a similar visual weight.
export function shapePath(type, r = NODE_RADIUS) {
  switch ((TYPE_STYLE[type] || FALLBACK).symbol) {
    case 'square': { const s = r * 0.85; return `M${-s},${-s}H${s}V${s}H${-s}Z`; }
    case 'diamond': { const s = r * 1.15; return `M0,${-s}L${s},0L0,${s}L${-s},0Z`; }
    case 'triangle': { const s = r * 1.15; return `M0,${-s}L${s},${s * 0.8}L${-s},${s * 0.8}Z`; }
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
