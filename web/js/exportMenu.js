// The Export menu over the graph: a button that opens a list of formats (the WAI-ARIA menu
// button pattern: arrow keys move, Enter chooses, Escape closes and returns to the button).
// Choosing an item closes the menu and calls onChoose(item).

export function attachExportMenu(root, { onChoose }) {
  const toggle = root.querySelector('#export-toggle');
  const list = root.querySelector('[role="menu"]');
  const items = () => [...list.querySelectorAll('[role="menuitem"]')];

  function open(focusLast = false) {
    list.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    const all = items();
    (focusLast ? all[all.length - 1] : all[0])?.focus();
  }

  function close(refocus = true) {
    if (list.hidden) return;
    list.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    if (refocus) toggle.focus();
  }

  toggle.addEventListener('click', () => (list.hidden ? open() : close()));
  toggle.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      open(e.key === 'ArrowUp');
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = items();
    const i = all.indexOf(document.activeElement);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[e.key];
    if (next !== undefined) {
      e.preventDefault();
      all[(next + all.length) % all.length].focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') {
      close(false);
    }
  });
  list.addEventListener('click', (e) => {
    const item = e.target.closest('[role="menuitem"]');
    if (!item) return;
    close();
    onChoose(item);
  });
  document.addEventListener('pointerdown', (e) => { if (!root.contains(e.target)) close(false); });
  return { open, close };
}
