// A horizontal splitter: dragging (or arrow keys on) the handle sets a CSS length on a container,
// e.g. the height of the console's results panel. role=separator, keyboard-operable.

export function attachSplitter(handle, { container, property, min = 120, reserve = 200, step = 40 }) {
  const max = () => Math.max(min, container.getBoundingClientRect().height - reserve);
  const current = () => Number.parseFloat(getComputedStyle(handle.parentElement).height) || min;
  const set = (px) => {
    const h = Math.round(Math.min(max(), Math.max(min, px)));
    container.style.setProperty(property, `${h}px`);
    handle.setAttribute('aria-valuenow', String(h));
    handle.setAttribute('aria-valuemin', String(min));
    handle.setAttribute('aria-valuemax', String(Math.round(max())));
  };

  handle.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    const bottom = container.getBoundingClientRect().bottom;
    const move = (ev) => set(bottom - ev.clientY);
    const up = () => { handle.removeEventListener('pointermove', move); handle.removeEventListener('pointerup', up); handle.classList.remove('dragging'); };
    handle.classList.add('dragging');
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  });
  handle.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowUp') set(current() + step);
    else if (e.key === 'ArrowDown') set(current() - step);
    else if (e.key === 'Home') set(max());
    else if (e.key === 'End') set(min);
    else return;
    e.preventDefault();
  });
}
