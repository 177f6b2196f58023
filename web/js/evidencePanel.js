// The evidence panel for one effect: every citation with its verbatim quote. When other effects
// link the same two entities (e.g. ketamine ACTIVATES vs INHIBITS the AMPA receptor), the
// claims are laid out side by side so the disagreement is read, not averaged away.

import { renderCitation } from './citation.js';
import { polaritySwatch, typeName } from './graphStyle.js';

const relation = (type) => type.toLowerCase().replace(/_/g, ' ');

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** "2 pieces of evidence, 1 independent source": each sentence or record once, each origin once. */
export function tally(effect) {
  const pieces = effect.support?.evidence ?? effect.citations.length;
  const sources = effect.support?.sources ?? pieces;
  return `${plural(pieces, 'piece of evidence', 'pieces of evidence')}, ${plural(sources, 'independent source', 'independent sources')}`;
}

export function renderEvidencePanel(root, { data, paperTitles, onEntityClick, onEffectClick }) {
  const { effect, subject, object, samePair = [] } = data;
  const panel = el('section', 'evidence-panel');
  panel.setAttribute('aria-label', `Evidence for ${subject.name} ${relation(effect.type)} ${object.name}`);

  const head = el('header', 'panel-head');
  head.appendChild(el('div', 'panel-kicker', 'Evidence'));
  const title = el('h2', 'edge-title');
  title.append(entityButton(subject), el('span', `edge-rel ${effect.polarity}`, ` ${relation(effect.type)} `), entityButton(object));
  head.appendChild(title);
  const meta = el('div', 'edge-meta');
  meta.innerHTML = polaritySwatch(effect.polarity);
  meta.append(` ${effect.polarity} · ${tally(effect)}`);
  head.appendChild(meta);
  panel.appendChild(head);

  if (samePair.length) {
    const opposed = samePair.some((o) => o.polarity !== effect.polarity && o.polarity !== 'neutral' && effect.polarity !== 'neutral');
    const box = el('section', 'disagreement');
    box.appendChild(el('h3', 'disagreement-title', opposed
      ? `Sources disagree on ${subject.name} and ${object.name}`
      : `Other relations recorded between ${subject.name} and ${object.name}`));
    box.appendChild(el('p', 'disagreement-help', opposed
      ? 'Each column is one claimed relation with the sources that make it. Both are kept as stated.'
      : 'Each column is one recorded relation for this pair, with its sources.'));
    const sides = el('div', 'sides');
    sides.style.setProperty('--sides', String(Math.min(samePair.length + 1, 3)));
    sides.appendChild(side(effect, true));
    samePair.forEach((other) => sides.appendChild(side(other, false)));
    box.appendChild(sides);
    panel.appendChild(box);
  } else {
    const list = el('section', 'citations');
    list.appendChild(el('h3', 'section-title', `Who claims it (${tally(effect)})`));
    effect.citations.forEach((c) => list.appendChild(renderCitation(c)));
    panel.appendChild(list);
  }
  root.replaceChildren(panel);

  function side(e, current) {
    const col = el('div', `side ${e.polarity}${current ? ' current' : ''}`);
    const h = el('h4', 'side-head');
    const reversed = e.from && e.from !== effect.from;
    h.innerHTML = polaritySwatch(e.polarity);
    h.append(` ${e.type} (${tally(e)})`);
    col.appendChild(h);
    const sub = el('div', 'side-sub', `${reversed ? `${object.name} → ${subject.name}` : `${subject.name} → ${object.name}`}${current ? ' · this edge' : ''}`);
    if (!current) {
      const open = el('button', 'link-button', 'open as edge');
      open.type = 'button';
      open.addEventListener('click', () => onEffectClick?.(e.id));
      sub.append(' · ', open);
    }
    col.appendChild(sub);
    e.citations.forEach((c) => col.appendChild(renderCitation(c)));
    return col;
  }

  function entityButton(entity) {
    const b = el('button', `entity-link type-${entity.type}`, entity.name);
    b.type = 'button';
    b.title = `Open ${entity.name} (${typeName(entity.type)})`;
    b.addEventListener('click', () => onEntityClick?.(entity.id));
    return b;
  }
}
