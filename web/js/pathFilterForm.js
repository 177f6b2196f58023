// The path form's "More filters" section (a <details>, closed until asked for): the hop filters
// of pathFilters.js as fields. Its summary counts the filters set; every change is reported
// through onChange, an entity chosen to exclude as soon as it is chosen. Entities to exclude
// take a row each, with the same autocomplete as the stops; there is always one row to type in.

import { attachAutocomplete } from './search.js';
import { NO_FILTERS, countFilters } from './pathFilters.js';

export function createFilterFields(details, { source, onChange }) {
  const $ = (sel) => details.querySelector(sel);
  const count = $('.filter-count');
  const minSources = $('#min-sources');
  const yearFrom = $('#year-from');
  const yearTo = $('#year-to');
  const species = $('#path-species');
  const excludeList = $('#exclude-list');
  const boxes = (name) => [...details.querySelectorAll(`input[name="${name}"]`)];

  function excludeInputs() { return [...excludeList.querySelectorAll('.exclude-input')]; }

  function addExcludeRow(value = '', focus = false) {
    const row = document.createElement('div');
    row.className = 'exclude-row field-line';
    row.innerHTML = '<div class="ac-wrap"><input class="exclude-input" type="text" placeholder="e.g. BDNF" spellcheck="false">'
      + '</div><button type="button" class="remove-exclude icon-button" title="Do not exclude this entity">×</button>';
    const input = row.querySelector('input');
    input.value = value;
    attachAutocomplete(input, { source, onSelect: changed });
    row.querySelector('.remove-exclude').addEventListener('click', () => {
      const had = input.value.trim();
      // The last row stays, emptied: there is always a field to type the next name in.
      if (excludeInputs().length > 1) row.remove(); else input.value = '';
      labelRows();
      (excludeInputs()[0] || input).focus();
      if (had) changed();
    });
    excludeList.appendChild(row);
    labelRows();
    if (focus) input.focus();
    return input;
  }

  function labelRows() {
    excludeInputs().forEach((input, i, all) => {
      const which = all.length > 1 ? ` ${i + 1}` : '';
      input.setAttribute('aria-label', `Exclude entity${which}`);
      input.closest('.exclude-row').querySelector('.remove-exclude').setAttribute('aria-label', `Clear exclude entity${which}`);
    });
  }

  const number = (input) => {
    const n = Number.parseInt(input.value, 10);
    return Number.isFinite(n) ? n : null;
  };

  function getValues() {
    return {
      minSources: number(minSources) ?? 1,
      relation: boxes('relation').filter((b) => b.checked).map((b) => b.value),
      type: boxes('type').filter((b) => b.checked).map((b) => b.value),
      exclude: [...new Set(excludeInputs().map((i) => i.value.trim()).filter(Boolean))],
      yearFrom: number(yearFrom),
      yearTo: number(yearTo),
      species: species.value.trim(),
    };
  }

  function setValues(values = {}) {
    const s = { ...NO_FILTERS, ...values };
    minSources.value = s.minSources == null || s.minSources === 1 ? '' : String(s.minSources);
    yearFrom.value = s.yearFrom ?? '';
    yearTo.value = s.yearTo ?? '';
    species.value = s.species;
    boxes('relation').forEach((b) => { b.checked = s.relation.includes(b.value); });
    boxes('type').forEach((b) => { b.checked = s.type.includes(b.value); });
    excludeList.replaceChildren();
    (s.exclude.length ? s.exclude : ['']).forEach((name) => addExcludeRow(name));
    showCount();
  }

  function showCount() {
    const n = countFilters(getValues());
    count.textContent = n ? ` (${n})` : '';
    details.dataset.active = String(n > 0);
  }

  /** The field (or group of boxes) a 400 or 404 about `parameter` names; for exclude, the row whose text is `name`. */
  function fieldFor(parameter, name) {
    if (parameter === 'exclude') {
      const wanted = (name || '').toLowerCase();
      const filled = excludeInputs().filter((i) => i.value.trim());
      return filled.find((i) => i.value.trim().toLowerCase() === wanted) || filled[0] || excludeInputs()[0];
    }
    return { minSources, yearFrom, yearTo, species, relation: $('#relation-filters'), type: $('#type-filters') }[parameter] || null;
  }

  /** Opens the filters and says `message` under the field (or group) it is about; answers the message's id. */
  function showError(field, message) {
    clearError();
    details.open = true;
    const error = document.createElement('p');
    error.id = 'filter-error';
    error.className = 'filter-error';
    error.textContent = message;
    (field.closest('.exclude-row, .filter-line, fieldset') || field).after(error);
    field.scrollIntoView({ block: 'nearest' });
    return error.id;
  }

  function clearError() { details.querySelector('#filter-error')?.remove(); }

  function changed() {
    showCount();
    onChange?.();
  }

  // Checkboxes and numbers report each change; text fields when left or on Enter (the form submits then).
  details.addEventListener('change', changed);
  details.addEventListener('input', showCount);
  $('#add-exclude').addEventListener('click', () => addExcludeRow('', true));
  $('#clear-filters').addEventListener('click', () => {
    const had = countFilters(getValues()) > 0;
    setValues(NO_FILTERS);
    if (had) onChange?.();
  });

  setValues(NO_FILTERS);
  return { getValues, setValues, fieldFor, showError, clearError };
}
