// The path query form: from, ordered via stops (added and removed freely), to, max hops, and the
// hop filters under "More filters" (pathFilterForm.js). Every entity field gets the same
// autocomplete; the form reports a clean query through onSubmit, and marks the field an error names.

import { attachAutocomplete } from './search.js';
import { createFilterFields } from './pathFilterForm.js';

export function createPathForm(form, { source, onSubmit }) {
  const fromInput = form.querySelector('#path-from');
  const toInput = form.querySelector('#path-to');
  const viaList = form.querySelector('#via-list');
  const maxHops = form.querySelector('#max-hops');
  const addVia = form.querySelector('#add-via');
  const rank = form.querySelector('#path-rank');
  const sign = form.querySelector('#path-sign');
  const peer = form.querySelector('#path-peer');

  attachAutocomplete(fromInput, { source });
  attachAutocomplete(toInput, { source });
  const rerun = () => { if (fromInput.value.trim() && toInput.value.trim()) form.requestSubmit(); };
  const filters = createFilterFields(form.querySelector('#path-filters'), { source, onChange: rerun });

  function viaInputs() { return [...viaList.querySelectorAll('.via-input')]; }

  function renumber() {
    viaInputs().forEach((input, i) => {
      const row = input.closest('.via-row');
      row.querySelector('label').textContent = `Via ${i + 1}`;
      input.setAttribute('aria-label', `Via stop ${i + 1}`);
      row.querySelector('.remove-via').setAttribute('aria-label', `Remove via stop ${i + 1}`);
    });
  }

  function addViaRow(value = '', focus = false) {
    const row = document.createElement('div');
    row.className = 'via-row field';
    const id = `via-${Math.random().toString(36).slice(2, 8)}`;
    row.innerHTML = `<label for="${id}"></label><div class="field-line"><div class="ac-wrap">`
      + `<input id="${id}" class="via-input" type="text" placeholder="e.g. mu-opioid receptor" spellcheck="false"></div>`
      + '<button type="button" class="remove-via icon-button" title="Remove this stop">×</button></div>';
    const input = row.querySelector('input');
    input.value = value;
    attachAutocomplete(input, { source });
    row.querySelector('.remove-via').addEventListener('click', () => {
      const next = row.nextElementSibling?.querySelector('.via-input') || addVia;
      row.remove();
      renumber();
      next.focus();
    });
    viaList.appendChild(row);
    renumber();
    if (focus) input.focus();
    return input;
  }

  addVia.addEventListener('click', () => addViaRow('', true));
  // Ranking, sign, the peer-reviewed switch and the filters apply at once to the paths shown.
  [rank, sign, peer].forEach((el) => el.addEventListener('change', rerun));

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearInvalid();
    const values = getValues();
    if (!values.from || !values.to) {
      (values.from ? toInput : fromInput).focus();
      onSubmit?.(values, { incomplete: true });
      return;
    }
    onSubmit?.(values, {});
  });

  function getValues() {
    const hops = Number.parseInt(maxHops.value, 10);
    return {
      from: fromInput.value.trim(),
      via: viaInputs().map((i) => i.value.trim()).filter(Boolean),
      to: toInput.value.trim(),
      maxHops: Number.isFinite(hops) ? Math.min(6, Math.max(1, hops)) : 4,
      rank: rank.value === 'hops' ? 'hops' : 'evidence',
      sign: ['up', 'down'].includes(sign.value) ? sign.value : '',
      peer: peer.checked,
      ...filters.getValues(),
      show: 10,
    };
  }

  function setValues(values = {}) {
    const { from = '', via = [], to = '', maxHops: hops = 4, rank: r = 'evidence', sign: sg = '', peer: p = false } = values;
    fromInput.value = from;
    toInput.value = to;
    maxHops.value = hops;
    rank.value = r;
    sign.value = sg;
    peer.checked = p;
    viaList.replaceChildren();
    via.forEach((v) => addViaRow(v));
    filters.setValues(values);
    clearInvalid();
  }

  /** The input a 400's or 404's `parameter` names; for via and exclude, the one whose text matches `name`. */
  function fieldFor(parameter, name) {
    if (parameter === 'from') return fromInput;
    if (parameter === 'to') return toInput;
    if (parameter === 'maxHops') return maxHops;
    if (parameter !== 'via') return filters.fieldFor(parameter, name);
    const vias = viaInputs();
    const wanted = (name || '').toLowerCase();
    return vias.find((i) => i.value.trim().toLowerCase() === wanted) || vias[0] || null;
  }

  /**
   * Marks the field an error names as invalid, described by the status line that says why; a filter's field opens
   * the filters and gets `message` beside it, since the open filters push the status line down.
   */
  function markInvalid(parameter, name, message) {
    const field = fieldFor(parameter, name);
    if (!field) return;
    const why = form.querySelector('#path-filters').contains(field) ? filters.showError(field, message) : 'status';
    field.classList.add('invalid');
    if (field.matches('input')) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', [field.getAttribute('aria-describedby'), why].filter(Boolean).join(' '));
    }
  }

  function clearInvalid() {
    filters.clearError();
    form.querySelectorAll('.invalid').forEach((field) => {
      field.classList.remove('invalid');
      field.removeAttribute('aria-invalid');
      const rest = (field.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !['status', 'filter-error'].includes(id));
      if (rest.length) field.setAttribute('aria-describedby', rest.join(' ')); else field.removeAttribute('aria-describedby');
    });
  }

  return { getValues, setValues, fieldFor, markInvalid };
}
