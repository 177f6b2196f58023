// A plain panel for a console node or relationship that is neither an entity, a paper nor an
// effect (a CLAIMS or CITES relationship, a schema node…): its labels or type and its
// properties as returned by the query. A relationship naming an effect (CLAIMS.effect) offers
// to open that effect's evidence.

import { compact, isEffectId, nodeLabel, nodeName } from './consoleFormat.js';

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/** @param value a console value: {_kind:'node', labels, properties} or {_kind:'relationship', type, properties} */
export function renderPropertiesPanel(root, { value, onEffectClick }) {
  const isNode = value._kind === 'node';
  const props = value.properties || {};
  const panel = el('section', 'properties-panel');
  const title = isNode ? nodeName(value) : `[:${value.type}]`;
  panel.setAttribute('aria-label', `${isNode ? 'Node' : 'Relationship'} ${title}`);

  const head = el('header', 'panel-head');
  head.appendChild(el('div', 'panel-kicker', isNode ? 'Node' : 'Relationship'));
  const h = el('h2', 'entity-heading', title);
  if (isNode && nodeLabel(value)) h.appendChild(el('span', 'type-badge', (value.labels || []).join(' · ')));
  head.appendChild(h);
  head.appendChild(el('div', 'muted', `id ${value.id}`));
  panel.appendChild(head);

  const effect = !isNode && isEffectId(props.effect) ? props.effect : null;
  if (effect) {
    const b = el('button', 'open-effect ghost small', `Open the evidence for ${effect}`);
    b.type = 'button';
    b.addEventListener('click', () => onEffectClick?.(effect));
    panel.appendChild(b);
  }
  if (props.quote) panel.appendChild(el('blockquote', 'quote', props.quote));

  const entries = Object.entries(props).filter(([k]) => k !== 'quote');
  const dl = el('dl', 'facts');
  entries.forEach(([k, v]) => {
    dl.append(el('dt', null, k), el('dd', typeof v === 'string' ? 'prop-text' : 'prop-json', typeof v === 'string' ? v : compact(v)));
  });
  if (!entries.length && !props.quote) panel.appendChild(el('p', 'muted', 'No properties.'));
  else panel.appendChild(dl);
  root.replaceChildren(panel);
}
