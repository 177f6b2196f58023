// Autocomplete over entity names and synonyms, attached to any text input. It does not fetch:
// the caller passes `source(text)` returning hits, so the same widget serves the global search
// and every path field. Keyboard: ArrowUp/ArrowDown move, Enter chooses, Escape closes.

import { shapeSwatch, typeName } from './graphStyle.js';

let counter = 0;

export function attachAutocomplete(input, { source, onSelect, listId, listClass = 'autocomplete', enterPicksFirst = false }) {
  const list = document.createElement('ul');
  list.id = listId || `ac-list-${++counter}`;
  list.className = `${listClass} ac-list`;
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.insertAdjacentElement('afterend', list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';

  let hits = [], active = -1, seq = 0, timer = null, pickWhenReady = false;

  function close() {
    list.hidden = true; hits = []; active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function render() {
    list.replaceChildren(...hits.map((hit, i) => {
      const li = document.createElement('li');
      li.className = 'search-hit';
      li.id = `${list.id}-opt-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      li.dataset.id = hit.id;
      const differs = hit.matched && hit.matched.toLowerCase() !== hit.name.toLowerCase();
      li.innerHTML = `${shapeSwatch(hit.type)}<span class="hit-name"></span><span class="hit-type type-${hit.type}"></span>`
        + (differs ? '<span class="hit-matched"></span>' : '');
      li.querySelector('.hit-name').textContent = hit.name;
      li.querySelector('.hit-type').textContent = typeName(hit.type);
      if (differs) li.querySelector('.hit-matched').textContent = `matched “${hit.matched}”`;
      // mousedown, not click: it fires before the input's blur closes the list.
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
      return li;
    }));
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${list.id}-opt-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function choose(i) {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    onSelect?.(hit);
  }

  async function lookup() {
    const text = input.value.trim();
    const mine = ++seq;
    if (!text) { close(); pickWhenReady = false; return; }
    try {
      const result = await source(text);
      // Answers can arrive out of order; only the latest keystroke's answer may render.
      if (mine !== seq || document.activeElement !== input) return;
      hits = result; active = -1; render();
      if (pickWhenReady) { pickWhenReady = false; choose(0); }
    } catch {
      if (mine === seq) close();
    }
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(lookup, 120); });
  input.addEventListener('blur', () => { clearTimeout(timer); seq++; setTimeout(close, 100); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) { if (input.value.trim()) lookup(); return; }
      e.preventDefault();
      const n = hits.length;
      active = e.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1);
      render();
    } else if (e.key === 'Enter') {
      if (!list.hidden && (active >= 0 || enterPicksFirst)) { e.preventDefault(); choose(Math.max(active, 0)); }
      else if (enterPicksFirst && input.value.trim()) {
        // Enter typed faster than the lookup: pick the first hit as soon as it arrives.
        e.preventDefault(); clearTimeout(timer); pickWhenReady = true; lookup();
      } else close();
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); close(); }
    }
  });

  return { close, list };
}
