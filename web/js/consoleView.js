// The Cypher console's controls and results: editor, parameters, run/cancel, inline error,
// example and history lists, summary line and result table. A view: it renders what it is given
// and reports the user's intents through handlers; it never fetches.
//   const view = createConsoleView({ panel, results }, { onRun, onCancel, onExample, onHistory,
//     onClearHistory, onChange, onNode, onRelationship });

import { attachEditor } from './consoleEditor.js';
import { renderTable } from './consoleTable.js';

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function createConsoleView({ panel, results }, handlers = {}) {
  const $ = (sel) => panel.querySelector(sel) || results.querySelector(sel);
  const textarea = $('#console-editor');
  const paramsBox = $('#console-params');
  const runButton = $('#console-run');
  const cancelButton = $('#console-cancel');
  const errorBox = $('#console-error');
  const examplesList = $('#console-examples');
  const historyList = $('#console-history');
  const clearHistory = $('#console-clear-history');
  const summary = $('#console-summary');
  const table = $('#console-table');
  const tableEmpty = $('#console-table-empty');

  const changed = () => handlers.onChange?.({ query: textarea.value, params: paramsBox.value });
  const editor = attachEditor(textarea, {
    gutter: $('.editor-gutter'), mark: $('.editor-mark'),
    onRun: () => handlers.onRun?.(), onChange: changed,
  });
  paramsBox.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); handlers.onRun?.(); }
  });
  paramsBox.addEventListener('input', () => { markParams(false); changed(); });
  runButton.addEventListener('click', () => handlers.onRun?.());
  cancelButton.addEventListener('click', () => handlers.onCancel?.());
  clearHistory.addEventListener('click', () => handlers.onClearHistory?.());

  let ticker = 0;

  function markParams(invalid) {
    paramsBox.classList.toggle('invalid', invalid);
    if (invalid) paramsBox.setAttribute('aria-invalid', 'true'); else paramsBox.removeAttribute('aria-invalid');
  }

  function listButton(cls, text, title, onClick) {
    const li = el('li');
    const b = el('button', cls, text);
    b.type = 'button';
    b.title = title;
    b.addEventListener('click', onClick);
    li.appendChild(b);
    return li;
  }

  return {
    query: () => textarea.value,
    setQuery(text) { if (textarea.value !== text) editor.value = text; },
    paramsText: () => paramsBox.value,
    setParams(text) { paramsBox.value = text || '{}'; markParams(false); },
    focusEditor: () => editor.focus(),

    /** The parameters as an object, or {error} when the box does not hold a JSON object. */
    readParams() {
      const text = paramsBox.value.trim() || '{}';
      let value;
      try { value = JSON.parse(text); } catch (err) {
        markParams(true);
        return { error: `Parameters must be a JSON object: ${err.message}.` };
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        markParams(true);
        return { error: 'Parameters must be a JSON object such as {"name": "ketamine"}, not an array or a single value.' };
      }
      markParams(false);
      return { value };
    },

    busy(on) {
      clearInterval(ticker);
      runButton.classList.toggle('busy', on);
      runButton.setAttribute('aria-busy', String(on));
      runButton.textContent = on ? 'Running…' : 'Run';
      if (on) {
        // After a few seconds, say how long it has been running.
        const started = Date.now();
        ticker = setInterval(() => {
          const s = Math.round((Date.now() - started) / 1000);
          if (s >= 3) runButton.textContent = `Running… ${s} s`;
        }, 1000);
      }
      runButton.title = on ? 'Running; run again to restart with the current text' : 'Run the query (Ctrl+Enter)';
      cancelButton.hidden = !on;
      results.classList.toggle('stale', on);
    },

    /** info: {title, message, detail, excerpt, position, retry} from consoleErrors.js, or null. */
    error(info, { onRetry } = {}) {
      if (!info) { errorBox.replaceChildren(); editor.clearMark(); return; }
      const parts = [el('p', 'console-error-title', info.title)];
      if (info.message) parts.push(el('p', 'console-error-message', info.message));
      if (info.excerpt) parts.push(el('pre', 'console-error-excerpt', info.excerpt));
      if (info.detail) parts.push(el('p', 'console-error-detail', info.detail));
      if (info.retry && onRetry) {
        const b = el('button', 'hint-action', 'Run again');
        b.type = 'button';
        b.addEventListener('click', onRetry);
        parts.push(b);
      }
      errorBox.replaceChildren(...parts);
      if (info.position) editor.markError(info.position);
    },

    examples(list, failure) {
      if (failure) { examplesList.replaceChildren(el('li', 'muted', failure)); return; }
      examplesList.replaceChildren(...list.map((x) => listButton('example', x.title, x.query, () => handlers.onExample?.(x))));
    },

    history(list) {
      clearHistory.disabled = !list.length;
      if (!list.length) { historyList.replaceChildren(el('li', 'muted history-empty', 'Queries you run are kept here, in this browser.')); return; }
      historyList.replaceChildren(...list.map((h) => listButton('history-item', h.query.replace(/\s+/g, ' '),
        h.params && h.params.trim() !== '{}' ? `${h.query}\n\nparams: ${h.params}` : h.query, () => handlers.onHistory?.(h))));
    },

    /** The shown rows belong to an earlier query (the last run failed). */
    previous() {
      results.classList.add('stale');
      if (!summary.querySelector('.previous-note')) summary.prepend(el('span', 'previous-note', 'Previous result'));
    },

    /** answer: the POST /api/cypher answer, or null before the first run. */
    result(answer) {
      results.classList.remove('stale');
      if (!answer) {
        summary.replaceChildren(el('span', 'muted', 'Run a query to see its rows here.'));
        table.replaceChildren();
        table.hidden = true;
        tableEmpty.hidden = true;
        return;
      }
      const { summary: s = {}, rows = [], columns = [], truncated } = answer;
      const n = s.rows ?? rows.length;
      const parts = [el('span', 'summary-main', `${plural(n, 'row')} · ${s.timeMs ?? '?'} ms · ${s.queryType || 'READ_ONLY'}`)];
      if (truncated) parts.push(el('span', 'truncated-note', `showing the first ${n} rows (cap reached)`));
      summary.replaceChildren(...parts);
      renderTable(table, { columns, rows }, { onNode: handlers.onNode, onRelationship: handlers.onRelationship });
      table.hidden = false;
      tableEmpty.hidden = rows.length > 0;
      tableEmpty.textContent = columns.length ? 'The query returned no rows.' : 'The query returned no columns and no rows.';
      table.parentElement.scrollTop = 0;
    },
  };
}
