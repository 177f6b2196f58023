// The panel of one paper (GET /api/papers/{id}): what kind of source it is, who wrote it, where
// to read it, the claims it supports (each opens its evidence) and the papers it cites or is
// cited by (each opens that paper's panel).

import { KIND, paperLink } from './citation.js';
import { polaritySwatch } from './graphStyle.js';

const relation = (type) => String(type).toLowerCase().replace(/_/g, ' ');

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function button(cls, text, onClick) {
  const b = el('button', cls, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export function renderPaperPanel(root, { data, onEffectClick, onPaperClick }) {
  const { paper, supports = [], cites = [], citedBy = [] } = data;
  const kind = KIND[paper.kind] || { label: paper.kind || 'source', cls: 'kind-other' };
  const panel = el('section', 'paper-panel');
  panel.setAttribute('aria-label', `Paper: ${paper.title || paper.id}`);

  const head = el('header', 'panel-head');
  head.appendChild(el('div', 'panel-kicker', 'Paper'));
  head.appendChild(el('h2', 'paper-heading', paper.title || paper.id));
  const badges = el('div', 'citation-head');
  badges.appendChild(el('span', `kind-badge ${kind.cls}`, kind.label));
  head.appendChild(badges);
  const byline = [paper.authors?.length ? authors(paper.authors) : null, paper.year, paper.venue].filter(Boolean).join(' · ');
  head.appendChild(el('div', 'paper-byline', byline || 'Author, year and venue not stated by the source'));
  const link = paperLink({ ...paper, paperId: paper.id });
  if (!link.internal) {
    const a = el('a', 'paper-link', link.text);
    a.href = link.href; a.target = '_blank'; a.rel = 'noopener noreferrer';
    head.appendChild(a);
  }
  panel.appendChild(head);
  if (paper.note) panel.appendChild(el('p', 'note', paper.note));

  const claims = el('section', 'paper-claims');
  claims.appendChild(el('h3', 'section-title', `Claims it supports (${supports.length})`));
  if (!supports.length) claims.appendChild(el('p', 'muted', 'none recorded'));
  const list = el('ul', 'effect-list');
  supports.forEach((s) => {
    const li = el('li');
    const row = button(`effect-row ${s.polarity}`, '', () => onEffectClick?.(s.effect));
    row.dataset.effectId = s.effect;
    row.innerHTML = polaritySwatch(s.polarity, 26);
    const text = `${s.subjectName} ${relation(s.type)} ${s.objectName}`;
    row.append(el('span', 'effect-text', text));
    row.title = `${text}: open the evidence`;
    li.appendChild(row);
    if (s.quote) li.appendChild(el('blockquote', 'quote paper-quote', s.quote));
    list.appendChild(li);
  });
  claims.appendChild(list);
  panel.appendChild(claims);

  for (const [title, papers] of [['Cites', cites], ['Cited by', citedBy]]) {
    if (!papers.length) continue;
    const section = el('section', 'paper-refs');
    section.appendChild(el('h3', 'section-title', `${title} (${papers.length})`));
    const ul = el('ul', 'ref-list');
    papers.forEach((p) => {
      const li = el('li');
      li.appendChild(button('link-button', p.title || p.id, () => onPaperClick?.(p.id)));
      const meta = [KIND[p.kind]?.label || p.kind, p.year].filter(Boolean).join(' · ');
      if (meta) li.append(` — ${meta}`);
      ul.appendChild(li);
    });
    section.appendChild(ul);
    panel.appendChild(section);
  }
  root.replaceChildren(panel);
}

function authors(list) {
  return list.length > 3 ? `${list.slice(0, 3).join(', ')} et al.` : list.join(', ');
}
