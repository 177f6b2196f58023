// Checkboxes that choose which node types and which relation types the graph shows (each box
// carries its swatch, so the list doubles as a detailed key), and the compact key drawn over
// the graph: the node types it shows by colour and shape, edge polarity by end and line style.
// The type filter records what is unticked, so a label it does not list is never hidden.

import { NODE_TYPES, shapeSwatch, polaritySwatch, typeName } from './graphStyle.js';

const relation = (type) => type.toLowerCase().replace(/_/g, ' ');

export function renderFilters(root, { vocabulary = [], onChange }) {
  root.replaceChildren();
  const hiddenTypes = new Set();
  const relSet = new Set(vocabulary.map((v) => v.type));

  const types = fieldset('Node types');
  types.classList.add('types');
  NODE_TYPES.forEach((t) => {
    const label = box('type-filter', t, `${shapeSwatch(t)}<span>${typeName(t)}</span>`, (on) => {
      if (on) hiddenTypes.delete(t); else hiddenTypes.add(t);
    });
    types.appendChild(label);
  });
  root.appendChild(types);

  const rels = fieldset('Relations');
  rels.classList.add('relations');
  for (const polarity of ['positive', 'negative', 'neutral']) {
    vocabulary.filter((v) => v.polarity === polarity).forEach((v) => {
      const label = box('relation-filter', v.type, `${polaritySwatch(v.polarity, 28)}<span>${relation(v.type)}</span>`,
        (on) => { if (on) relSet.add(v.type); else relSet.delete(v.type); });
      label.title = `${v.type} (${v.polarity}): ${v.meaning}`;
      rels.appendChild(label);
    });
  }
  root.appendChild(rels);

  function fieldset(legend) {
    const f = document.createElement('fieldset');
    f.className = 'filter-group';
    const l = document.createElement('legend');
    l.textContent = legend;
    f.appendChild(l);
    return f;
  }

  function box(cls, value, html, toggle) {
    const label = document.createElement('label');
    label.className = 'filter-option';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.className = cls;
    input.value = value;
    input.checked = true;
    input.addEventListener('change', () => {
      toggle(input.checked);
      onChange?.({ hiddenTypes: new Set(hiddenTypes), relations: new Set(relSet) });
    });
    label.appendChild(input);
    label.insertAdjacentHTML('beforeend', html);
    return label;
  }

  return { hiddenTypes: () => new Set(hiddenTypes), relations: () => new Set(relSet) };
}

/**
 * The key over the graph: the types of the nodes drawn now (none while it is empty), the polarities,
 * and, while a contested edge is drawn, its dash-dot line.
 */
export function renderLegend(root, types = [], { contested = false } = {}) {
  const polarity = [
    ['positive', 'positive', 'activates, increases, causes'],
    ['negative', 'negative', 'inhibits, decreases, treats'],
    ['neutral', 'neutral', 'binds, associated with, part of, form of'],
  ].map(([p, text, title]) => `<li title="${title}">${polaritySwatch(p, 28)}<span>${text}</span></li>`).join('');
  const disputed = contested ? `<li class="legend-contested" title="Sources claim both a positive and a negative effect of one entity on the other">${contestedSwatch()}<span>contested: sources disagree</span></li>` : '';
  root.innerHTML = `<h2 class="legend-title">Key</h2><ul class="legend-types"></ul><ul class="legend-polarity">${polarity}${disputed}</ul>`;
  const list = root.querySelector('.legend-types');
  // Labels come from the database (the console draws any node): text, never markup.
  types.forEach((t) => {
    const li = document.createElement('li');
    li.className = 'legend-type';
    li.dataset.type = t;
    li.innerHTML = shapeSwatch(t);
    const name = document.createElement('span');
    name.textContent = typeName(t);
    li.appendChild(name);
    list.appendChild(li);
  });
  list.hidden = !types.length;
}

/** The dash-dot line the graph draws for an edge whose pair sources disagree on. */
function contestedSwatch(width = 28) {
  return `<svg class="swatch contested-swatch" width="${width}" height="14" aria-hidden="true">`
    + `<line x1="2" y1="7" x2="${width - 2}" y2="7" stroke="currentColor" stroke-width="2.4" stroke-dasharray="7 2 2 2"/></svg>`;
}
