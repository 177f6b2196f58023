// The list of path results, each a readable chain: ketamine —activates→ mu-opioid receptor …
// with every hop's citation count, the path's strength (a bar), its net sign, its weakest hop
// (underlined) and contested hops (marked ⚡ "contested"). Items are focusable; Enter or Space
// chooses, as a click does. Clicking one hop of a chain (or ArrowRight to it, then Enter) opens
// that hop's evidence. Below the list: "10 of 35 — more" when there are more paths. With
// onExplain, each path has an Explain button (explainPanel.js).

import { explainButton } from './explainPanel.js';

const relation = (type) => type.toLowerCase().replace(/_/g, ' ');
const END = { positive: '→', negative: '⊣', neutral: '→' };
const SIGN = { up: ['↑', 'raises'], down: ['↓', 'lowers'], unknown: ['?', 'net effect unknown'] };

export function renderPathList(root, { paths = [], selected = null, answer = null, onSelect, onHopClick, onMore,
  onExplain }) {
  // Re-rendering replaces the items: remember what had focus so keyboard users stay in place.
  const active = root.contains(document.activeElement) ? document.activeElement : null;
  const focusIndex = active?.closest('.path-item')?.dataset.index;
  const focusHop = active?.classList.contains('hop') ? active.dataset.edgeId : null;
  root.replaceChildren();
  if (!paths.length) { root.hidden = true; return; }
  root.hidden = false;
  const ol = document.createElement('ol');
  ol.className = 'path-items';
  ol.setAttribute('aria-label', 'Paths found');
  ol.setAttribute('role', 'listbox');
  paths.forEach((path, index) => ol.appendChild(item(path, index, index === selected)));
  root.appendChild(ol);
  if (answer && answer.total != null) root.appendChild(footer());
  if (focusIndex != null) {
    const li = ol.querySelector(`.path-item[data-index="${focusIndex}"]`);
    const hop = focusHop && [...(li?.querySelectorAll('.hop') || [])].find((h) => h.dataset.edgeId === focusHop);
    (hop || li)?.focus();
  }

  function item(path, index, isSelected) {
    const li = document.createElement('li');
    li.className = `path-item${isSelected ? ' selected' : ''}`;
    li.tabIndex = 0;
    li.dataset.index = String(index);
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(isSelected));

    const meta = document.createElement('div');
    meta.className = 'path-meta';
    const [arrow, words] = SIGN[path.sign] || SIGN.unknown;
    const contested = path.contested?.length ? ` · ${path.contested.length} contested hop${path.contested.length === 1 ? '' : 's'}` : '';
    meta.textContent = `Path ${index + 1} · ${path.hops} hop${path.hops === 1 ? '' : 's'} · ${path.evidence} piece${path.evidence === 1 ? '' : 's'} of evidence · ${words}${contested}`;
    if (path.score != null) {
      const strength = document.createElement('span');
      strength.className = 'path-strength';
      strength.title = `Strength ${path.score.toFixed(2)} of 1: as strong as its weakest hop (${path.weakest.hop + 1}: ${path.weakest.reason})`
        + `${path.partners?.some((n) => n > 50) ? ', weakened by a hub it passes' : ''}`;
      strength.innerHTML = '<span class="bar"><span class="fill"></span></span><span class="value"></span>';
      strength.querySelector('.fill').style.width = `${Math.round(Math.min(1, path.score) * 100)}%`;
      strength.querySelector('.value').textContent = path.score.toFixed(2);
      const sign = document.createElement('span');
      sign.className = `path-sign sign-${path.sign}`;
      sign.textContent = arrow;
      sign.title = words;
      meta.prepend(strength, sign);
    }

    const chain = document.createElement('div');
    chain.className = 'chain';
    const spoken = [];
    path.nodes.forEach((node, i) => {
      spoken.push(node.name);
      const n = document.createElement('span');
      n.className = `chain-node type-${node.type}`;
      n.textContent = node.name;
      chain.appendChild(n);
      const edge = path.edges[i];
      if (!edge) return;
      const hop = document.createElement('span');
      hop.className = `hop ${edge.polarity}`;
      hop.dataset.edgeId = edge.id;
      const count = edge.support?.evidence ?? edge.citations.length;
      const sources = edge.support?.sources ?? count;
      hop.title = `${relation(edge.type)} (${edge.polarity}), ${count} piece${count === 1 ? '' : 's'} of evidence from ${sources} independent source${sources === 1 ? '' : 's'}: click to read the evidence`;
      const reversed = edge.from !== node.id;
      const arrow = reversed ? `←${relation(edge.type)}—` : `—${relation(edge.type)}${END[edge.polarity] || '→'}`;
      hop.innerHTML = '<span class="hop-rel"></span><span class="hop-cites"></span>';
      hop.querySelector('.hop-rel').textContent = ` ${arrow} `;
      hop.querySelector('.hop-cites').textContent = String(count);
      hop.querySelector('.hop-cites').setAttribute('aria-hidden', 'true');
      spoken.push(`${relation(edge.type)} (${count} piece${count === 1 ? '' : 's'} of evidence)`);
      if (edge.disagreements?.length) {
        hop.classList.add('disputed');
        hop.title += ' · contested: other sources claim the opposite effect on this pair';
        const mark = document.createElement('span');
        mark.className = 'contested-mark';
        mark.textContent = '⚡ contested';
        hop.appendChild(mark);
        spoken.push('(contested)');
      }
      if (path.weakest && path.weakest.hop === i && path.hops > 1) {
        hop.classList.add('weakest');
        hop.title += ` · the weakest hop: ${path.weakest.reason}`;
      }
      // Hops are reached with ArrowRight/ArrowLeft from their path (not Tab, which would make ten
      // paths cost forty tab stops); Enter on a hop opens its evidence.
      hop.tabIndex = -1;
      hop.setAttribute('role', 'button');
      hop.addEventListener('click', (e) => { e.stopPropagation(); onHopClick?.(index, edge.id); });
      hop.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.stopPropagation(); onHopClick?.(index, edge.id); }
      });
      chain.appendChild(hop);
    });

    li.append(meta, chain);
    if (onExplain) li.appendChild(explainButton(index, () => onExplain(path, index)));
    li.setAttribute('aria-label', `${meta.textContent}: ${spoken.join(' ')}`);
    li.addEventListener('click', () => onSelect?.(index));
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect?.(index); }
      else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        (e.key === 'ArrowDown' ? li.nextElementSibling : li.previousElementSibling)?.focus();
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const hops = [...li.querySelectorAll('.hop')];
        const at = hops.indexOf(document.activeElement);
        const next = e.key === 'ArrowRight' ? hops[at + 1] : at > 0 ? hops[at - 1] : li;
        if (next) { e.preventDefault(); next.focus(); }
      }
    });
    return li;
  }

  function footer() {
    const foot = document.createElement('div');
    foot.className = 'path-more';
    const shown = paths.length + (answer.offset || 0);
    const total = answer.partial ? `at least ${answer.total}` : String(answer.total);
    foot.append(`${shown} of ${total} path${answer.total === 1 ? '' : 's'}`);
    if (answer.more > 0 && onMore && answer.limit < 100) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'link-button more-paths';
      more.textContent = 'more';
      more.title = 'Show ten more paths';
      more.addEventListener('click', () => onMore());
      foot.append(' — ', more);
    }
    if (answer.partial) {
      const note = document.createElement('span');
      note.className = 'help';
      note.textContent = answer.outOfTime
        ? ' (the search ran out of time: these are the best paths found until then)'
        : ' (the search followed each hub\'s best-supported partners only)';
      foot.append(note);
    }
    return foot;
  }
}
