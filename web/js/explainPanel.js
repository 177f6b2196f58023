// The Explain dialog: one path in words (explain.js) as Markdown and as plain text, each with a
// Copy button. A hop whose pair is contested first loads that pair's other effects, so the text
// can name the sources on each side. Escape or Close shuts the dialog and gives focus back to the
// button that opened it.

import { explain } from './explain.js';

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/** The Explain button of one path in the path list; it acts alone, without choosing the path. */
export function explainButton(index, onClick) {
  const b = el('button', 'ghost small explain-path', 'Explain');
  b.type = 'button';
  b.title = 'This path as a paragraph with references, to paste into a manuscript';
  b.setAttribute('aria-label', `Explain path ${index + 1} in words`);
  b.addEventListener('click', (e) => { e.stopPropagation(); onClick(); });
  // Enter and Space press the button; the list item must not take them as "choose this path".
  b.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') e.stopPropagation(); });
  return b;
}

/** Copies a text area's text: the Clipboard API where allowed, else a selection and the copy command. */
async function copy(area) {
  try {
    await navigator.clipboard.writeText(area.value);
    return 'Copied.';
  } catch {
    area.focus();
    area.select();
    let copied = false;
    try { copied = document.execCommand('copy'); } catch { copied = false; }
    return copied ? 'Copied.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

function format(id, label) {
  const section = el('section', 'explain-format');
  const head = el('div', 'explain-format-head');
  const title = el('h3', 'explain-format-title', label);
  title.id = `${id}-label`;
  const button = el('button', 'ghost small explain-copy', `Copy ${label === 'Markdown' ? label : label.toLowerCase()}`);
  button.type = 'button';
  button.id = `${id}-copy`;
  const note = el('span', 'copy-status');
  note.setAttribute('role', 'status');
  head.append(title, button, note);
  const area = el('textarea', 'explain-text');
  area.id = id;
  area.readOnly = true;
  area.rows = 11;
  area.spellcheck = false;
  area.setAttribute('aria-labelledby', title.id);
  button.addEventListener('click', async () => { note.textContent = ''; note.textContent = await copy(area); });
  section.append(head, area);
  return { section, area, note };
}

/**
 * @param loadEffect (effect id) → GET /api/effects/{id}'s answer, for the sources of a contested pair
 */
export function createExplainPanel({ loadEffect }) {
  const dialog = el('dialog', 'explain-dialog');
  dialog.id = 'explain-dialog';
  dialog.setAttribute('aria-labelledby', 'explain-title');
  const head = el('header', 'explain-head');
  const title = el('h2', 'explain-title', 'Explain');
  title.id = 'explain-title';
  const close = el('button', 'ghost small explain-close', 'Close');
  close.type = 'button';
  head.append(title, close);
  const chain = el('p', 'explain-chain');
  const status = el('p', 'explain-status help');
  status.setAttribute('role', 'status');
  const markdown = format('explain-markdown', 'Markdown');
  const text = format('explain-plain', 'Plain text');
  const foot = el('p', 'help explain-foot',
    'Each step is a claim its sources make, numbered as first cited; read them before citing the chain.');
  dialog.append(head, chain, status, markdown.section, text.section, foot);
  document.body.appendChild(dialog);

  let opener = null, token = 0;
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => { token++; opener?.focus(); opener = null; });

  function show({ markdown: md, text: plain }) {
    markdown.area.value = md;
    text.area.value = plain;
    [markdown, text].forEach((f) => { f.note.textContent = ''; f.area.scrollTop = 0; });
  }

  /** Opens the dialog on a path of the path list (index counts from 0, as the list does). */
  async function open(path, index) {
    const mine = ++token;
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    title.textContent = `Explain path ${index + 1}`;
    chain.textContent = path.nodes.map((n) => n.name).join(' → ');
    const contested = path.edges.filter((e) => e.disagreements?.length);
    show(explain(path));
    if (!dialog.open) dialog.showModal();
    close.focus();
    if (!contested.length) { status.textContent = ''; return; }
    status.textContent = 'Loading the sources that disagree…';
    const answers = await Promise.all(contested.map((e) => loadEffect(e.id)
      .then((data) => [e.id, data.samePair], () => null)));
    if (mine !== token) return;
    const samePair = Object.fromEntries(answers.filter(Boolean));
    show(explain(path, { samePair }));
    status.textContent = answers.every(Boolean) ? ''
      : 'The sources on the other side of a disagreement could not be loaded; the text names the relation they claim.';
  }

  return { open, close: () => dialog.close() };
}
