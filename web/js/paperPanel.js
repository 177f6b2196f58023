// The panel of one paper (GET /api/papers/{id}): what kind of source it is, who wrote it, where
// to read it, the claims it supports (each opens its evidence) and the papers it cites or is
// cited by (each opens that paper's panel).

import { kindOf, paperLink } from './citation.js';
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
  const { paper, supports = [], reportedBy = [], cites = [], citedBy = [] } = data;
  const kind = kindOf(paper);
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

  panel.appendChild(claimSection(`Evidence it holds (${supports.length})`, supports, onEffectClick,
    (c) => (c.evidence === 'report' && c.reportsTitle ? `reports: ${c.reportsTitle}` : null)));
  if (reportedBy.length) {
    panel.appendChild(claimSection(`Reported by other sources (${reportedBy.length})`, reportedBy, onEffectClick,
      (c) => `reported by: ${c.sourceTitle || c.source}`));
  }

  for (const [title, papers] of [['Cites', cites], ['Cited by', citedBy]]) {
    if (!papers.length) continue;
    const section = el('section', 'paper-refs');
    section.appendChild(el('h3', 'section-title', `${title} (${papers.length})`));
    const ul = el('ul', 'ref-list');
    papers.forEach((p) => {
      const li = el('li');
      li.appendChild(button('link-button', p.title || p.id, () => onPaperClick?.(p.id)));
      const meta = [kindOf(p).label, p.year].filter(Boolean).join(' · ');
      if (meta) li.append(` — ${meta}`);
      ul.appendChild(li);
    });
    section.appendChild(ul);
    panel.appendChild(section);
  }
  root.replaceChildren(panel);
}

const EVIDENCE = { quote: 'quote', report: 'report', record: 'record' };

/** A list of pieces of evidence, each opening its effect; records show their description, not quotation marks. */
function claimSection(title, claims, onEffectClick, context) {
  const section = el('section', 'paper-claims');
  section.appendChild(el('h3', 'section-title', title));
  if (!claims.length) section.appendChild(el('p', 'muted', 'none recorded'));
  const list = el('ul', 'effect-list');
  claims.forEach((c) => {
    const li = el('li');
    const row = button(`effect-row ${c.polarity}`, '', () => onEffectClick?.(c.effect));
    row.dataset.effectId = c.effect;
    row.innerHTML = polaritySwatch(c.polarity, 26);
    const text = `${c.subjectName} ${relation(c.type)} ${c.objectName}`;
    row.append(el('span', 'effect-text', text), el('span', `evidence-badge evidence-${c.evidence}`, EVIDENCE[c.evidence] ?? c.evidence));
    row.title = `${text}: open the evidence`;
    li.appendChild(row);
    const about = context(c);
    if (about) li.appendChild(el('div', 'paper-byline', about));
    if (c.evidence === 'record') li.appendChild(el('div', 'record', c.record || ''));
    else if (c.quote) li.appendChild(el('blockquote', 'quote paper-quote', c.quote));
    list.appendChild(li);
  });
  section.appendChild(list);
  return section;
}

function authors(list) {
  return list.length > 3 ? `${list.slice(0, 3).join(', ')} et al.` : list.join(', ');
}
