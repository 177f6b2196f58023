// The Contradictions list: the pairs of entities that sources disagree on — one source claims a
// positive effect of the subject on the object, another a negative one (ketamine activates the
// AMPA receptor per one web article, inhibits it per another). Read from /api/contradictions a
// page at a time when the list is first opened. Choosing a pair hands it to onChoose, which
// draws both entities and every effect between them and opens the two sides in the panel.
//   const view = createContradictionsView(sectionElement, { load, onChoose });
//   view.open(); view.setCurrent(effectId);

import { polaritySwatch } from './graphStyle.js';

const PAGE_SIZE = 20;
const relation = (type) => type.toLowerCase().replace(/_/g, ' ');
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const count = (effect) => effect.support?.evidence ?? effect.citations.length;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/**
 * @param root      the section holding a .contradictions-toggle button and a .contradictions-body
 * @param load      ({offset, limit}) → a /api/contradictions answer
 * @param onChoose  (contradiction) → void
 */
export function createContradictionsView(root, { load, onChoose }) {
  const toggle = root.querySelector('.contradictions-toggle');
  const body = root.querySelector('.contradictions-body');
  let items = [], total = null, loading = false, failure = null, current = null;

  toggle.addEventListener('click', () => (body.hidden ? open() : close()));

  async function open() {
    body.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    toggle.textContent = 'Hide contradictions';
    if (total === null && !loading) await more();
    else render();
  }

  function close() {
    body.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.textContent = 'Show contradictions';
  }

  async function more() {
    loading = true;
    failure = null;
    render();
    try {
      const page = await load({ offset: items.length, limit: PAGE_SIZE });
      items = [...items, ...page.contradictions];
      total = page.total;
    } catch (err) {
      failure = err;
    } finally {
      loading = false;
      render();
    }
  }

  function render() {
    const parts = [];
    if (total !== null) {
      parts.push(el('p', 'help contradictions-count', total
        ? `${plural(total, 'pair', 'pairs')} where one source claims a positive effect and another a negative one. Choose one to read both sides.`
        : 'No sources disagree: no pair of entities has both a positive and a negative effect.'));
    }
    if (items.length) {
      const list = el('ul', 'contradiction-items');
      list.setAttribute('aria-label', 'Contested pairs');
      items.forEach((c, i) => list.appendChild(item(c, i)));
      parts.push(list);
    }
    if (loading) {
      const note = el('p', 'help contradictions-loading', 'Loading the contradictions…');
      note.setAttribute('role', 'status');
      parts.push(note);
    } else if (failure) {
      const note = el('p', 'contradictions-error', `The contradictions could not be loaded: ${failure.message}`);
      note.setAttribute('role', 'alert');
      const retry = el('button', 'hint-action', 'Retry');
      retry.type = 'button';
      retry.addEventListener('click', more);
      parts.push(note, retry);
    } else if (total !== null && items.length < total) {
      const next = el('button', 'ghost small contradictions-more', `Show ${Math.min(PAGE_SIZE, total - items.length)} more`);
      next.type = 'button';
      next.addEventListener('click', more);
      parts.push(next);
    }
    body.replaceChildren(...parts);
  }

  function item(c, index) {
    const li = el('li');
    const b = el('button', 'contradiction');
    b.type = 'button';
    b.dataset.index = String(index);
    b.dataset.subject = c.subject.id;
    b.dataset.object = c.object.id;
    if (isCurrent(c)) b.setAttribute('aria-current', 'true');
    const pair = el('span', 'contradiction-pair');
    pair.append(el('span', `chain-node type-${c.subject.type}`, c.subject.name), ' → ',
      el('span', `chain-node type-${c.object.type}`, c.object.name));
    const sides = el('span', 'contradiction-sides');
    sides.append(side(c.positive, 'positive'), el('span', 'versus', 'vs'), side(c.negative, 'negative'));
    b.append(pair, sides);
    const spoken = (effects) => effects.map((e) => `${relation(e.type)} (${plural(count(e), 'piece', 'pieces')} of evidence)`).join(', ');
    b.setAttribute('aria-label', `${c.subject.name} and ${c.object.name}: ${spoken(c.positive)} versus ${spoken(c.negative)}`);
    b.addEventListener('click', () => {
      mark(c.positive[0]?.id ?? null);
      onChoose?.(c);
    });
    li.appendChild(b);
    return li;
  }

  function side(effects, polarity) {
    const s = el('span', `contradiction-side ${polarity}`);
    s.innerHTML = polaritySwatch(polarity, 22);
    effects.forEach((e, i) => {
      if (i) s.append(', ');
      s.append(el('span', 'side-rel', relation(e.type)), ' ', el('span', 'hop-cites', String(count(e))));
    });
    return s;
  }

  function isCurrent(c) {
    return !!current && [...c.positive, ...c.negative].some((e) => e.id === current);
  }

  // Only the attribute changes, so the button just chosen keeps the focus.
  function mark(effectId) {
    current = effectId;
    body.querySelectorAll('.contradiction').forEach((b) => {
      if (isCurrent(items[Number(b.dataset.index)])) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    });
  }

  return {
    open,
    /** Marks the pair that holds this effect as the one shown (null: none). */
    setCurrent: mark,
  };
}
