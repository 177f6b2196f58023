// Hover tooltip for the graph. Positioned with `fixed` so it works in any container (the
// benchmark page mounts the graph without mechgraph's layout).

export function createTooltip() {
  const el = document.createElement('div');
  el.className = 'graph-tooltip';
  el.setAttribute('role', 'tooltip');
  el.hidden = true;
  document.body.appendChild(el);

  function show(event, rows) {
    el.replaceChildren(...rows.map(([label, value], i) => {
      const line = document.createElement('div');
      if (i === 0) { line.className = 'tt-title'; line.textContent = value; return line; }
      const k = document.createElement('span');
      k.className = 'tt-key';
      k.textContent = `${label}: `;
      line.append(k, String(value));
      return line;
    }));
    el.hidden = false;
    move(event);
  }

  function move(event) {
    if (el.hidden) return;
    const pad = 14;
    const { innerWidth: w, innerHeight: h } = window;
    const rect = el.getBoundingClientRect();
    let x = event.clientX + pad, y = event.clientY + pad;
    if (x + rect.width > w - 4) x = event.clientX - rect.width - pad;
    if (y + rect.height > h - 4) y = event.clientY - rect.height - pad;
    el.style.left = `${x}px`;
    el.style.top = `${y}px`;
  }

  return { show, move, hide: () => { el.hidden = true; }, destroy: () => el.remove() };
}
