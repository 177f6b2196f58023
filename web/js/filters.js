// Checkboxes that choose which node types and which relation types the graph shows (each box
// carries its swatch, so the list doubles as a detailed key), and the compact key drawn over
// the graph: node type by colour and shape, edge polarity by end and line style.

import { NODE_TYPES, shapeSwatch, polaritySwatch } from './graphStyle.js';

const relation = (type) => type.toLowerCase().replace(/_/g, ' ');

export function renderFilters(root, { vocabulary = [], onChange }) {
  root.replaceChildren();
  const typeSet = new Set(NODE_TYPES);
  const relSet = new Set(vocabulary.map((v) => v.type));

  const types = fieldset('Node types');
  NODE_TYPES.forEach((t) => types.appendChild(box('type-filter', t, `${shapeSwatch(t)}<span>${t}</span>`, typeSet, t)));
  root.appendChild(types);

  const rels = fieldset('Relations');
  rels.classList.add('relations');
  for (const polarity of ['positive', 'negative', 'neutral']) {
    vocabulary.filter((v) => v.polarity === polarity).forEach((v) => {
      const label = box('relation-filter', v.type, `${polaritySwatch(v.polarity, 28)}<span>${relation(v.type)}</span>`, relSet, v.type);
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

  function box(cls, value, html, set, key) {
    const label = document.createElement('label');
    label.className = 'filter-option';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.className = cls;
    input.value = value;
    input.checked = true;
    input.addEventListener('change', () => {
      if (input.checked) set.add(key); else set.delete(key);
      onChange?.({ types: new Set(typeSet), relations: new Set(relSet) });
    });
    label.appendChild(input);
    label.insertAdjacentHTML('beforeend', html);
    return label;
  }

  return { types: () => new Set(typeSet), relations: () => new Set(relSet) };
}

export function renderLegend(root) {
  const types = NODE_TYPES.map((t) => `<li>${shapeSwatch(t)}<span>${t}</span></li>`).join('');
  const polarity = [
    ['positive', 'positive', 'activates, increases, causes'],
    ['negative', 'negative', 'inhibits, decreases, treats'],
    ['neutral', 'neutral', 'binds, associated with, part of, form of'],
  ].map(([p, text, title]) => `<li title="${title}">${polaritySwatch(p, 28)}<span>${text}</span></li>`).join('');
  root.innerHTML = `<h2 class="legend-title">Key</h2><ul class="legend-types">${types}</ul><ul class="legend-polarity">${polarity}</ul>`;
}
