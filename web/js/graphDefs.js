// Marker definitions for edge ends. Polarity is carried by the end shape (arrowhead, flat bar,
// small circle) and the line style, never by colour alone. Markers use user-space units so
// they keep their size whatever the stroke width of the path they sit on.

const POLARITY_COLOR = { positive: '#2f6f4f', negative: '#b42318', neutral: '#5b6472' };
const HIGHLIGHT_COLOR = '#1d4ed8';

/** Each polarity's end shape; graphHeads.js draws the same shapes in bulk for large graphs. */
export const SHAPES = {
  positive: { viewBox: '0 -5 10 10', refX: 9, d: 'M0,-5L10,0L0,5Z', w: 9, h: 9 },
  negative: { viewBox: '0 -6 4 12', refX: 3, d: 'M0,-6H3V6H0Z', w: 4, h: 12 },
  neutral: { viewBox: '-5 -5 10 10', refX: 3, d: 'M-4,0A4,4 0 1,1 4,0A4,4 0 1,1 -4,0Z', w: 7, h: 7 },
};

/** Appends <defs> with markers `m-<polarity>` and `m-<polarity>-hl` to a D3 svg selection. */
export function addMarkers(svg) {
  const defs = svg.append('defs');
  for (const [polarity, s] of Object.entries(SHAPES)) {
    for (const [suffix, color] of [['', POLARITY_COLOR[polarity]], ['-hl', HIGHLIGHT_COLOR]]) {
      defs.append('marker')
        .attr('id', `m-${polarity}${suffix}`)
        .attr('viewBox', s.viewBox)
        .attr('refX', s.refX).attr('refY', 0)
        .attr('markerWidth', s.w).attr('markerHeight', s.h)
        .attr('markerUnits', 'userSpaceOnUse')
        .attr('orient', 'auto')
        .append('path').attr('d', s.d).attr('fill', color);
    }
  }
  return defs;
}

export function polarityColor(polarity) { return POLARITY_COLOR[polarity] || POLARITY_COLOR.neutral; }

export function markerUrl(polarity, highlighted) {
  const p = SHAPES[polarity] ? polarity : 'neutral';
  return `url(#m-${p}${highlighted ? '-hl' : ''})`;
}
