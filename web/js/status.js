// The one place mechgraph says what just happened and what to try next. data-state is one of
// loading | empty | error | ok; suggestions (.suggestion) and hint actions (.hint-action) are
// buttons so every way out is one click or one Enter away.

export function createStatus(root) {
  root.setAttribute('role', 'status');
  root.setAttribute('aria-live', 'polite');

  function show(state, message, { suggestions = [], actions = [], detail } = {}) {
    root.dataset.state = state;
    root.hidden = false;
    const text = document.createElement('p');
    text.className = 'status-message';
    text.textContent = message;
    const parts = [text];
    if (detail) {
      const d = document.createElement('p');
      d.className = 'status-detail';
      d.textContent = detail;
      parts.push(d);
    }
    if (suggestions.length) {
      const row = document.createElement('div');
      row.className = 'status-buttons';
      row.append('Did you mean:');
      suggestions.forEach((s, i) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'suggestion';
        b.textContent = s.label;
        if (s.title) b.title = s.title;
        b.addEventListener('click', s.onClick);
        row.append(b);
      });
      parts.push(row);
    }
    if (actions.length) {
      const row = document.createElement('div');
      row.className = 'status-buttons';
      actions.forEach((a) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'hint-action';
        b.textContent = a.label;
        b.addEventListener('click', a.onClick);
        row.appendChild(b);
      });
      parts.push(row);
    }
    root.replaceChildren(...parts);
  }

  return {
    loading: (message) => show('loading', message),
    ok: (message, opts) => show('ok', message, opts),
    empty: (message, opts) => show('empty', message, opts),
    error: (message, opts) => show('error', message, opts),
    show,
  };
}
