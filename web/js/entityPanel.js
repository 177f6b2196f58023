// The node panel: what the entity is, its names, its identifiers in public registries, and
// every effect in and out (each opens its evidence). Also the node's graph actions.

import { shapeSwatch, polaritySwatch } from './graphStyle.js';

const relation = (type) => type.toLowerCase().replace(/_/g, ' ');

// Registry links; values may or may not carry their prefix, so normalise to the bare id first.
const XREFS = [
  ['chebi', 'ChEBI', (v) => `https://www.ebi.ac.uk/chebi/searchId.do?chebiId=CHEBI:${bare(v, 'CHEBI:')}`],
  ['drugbank', 'DrugBank', (v) => `https://go.drugbank.com/drugs/${v}`],
  ['mesh', 'MeSH', (v) => `https://meshb.nlm.nih.gov/record/ui?ui=${v}`],
  ['hgnc', 'HGNC', (v) => `https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:${bare(v, 'HGNC:')}`],
  ['uniprot', 'UniProt', (v) => `https://www.uniprot.org/uniprotkb/${v}`],
  ['ncbiGene', 'NCBI Gene', (v) => `https://www.ncbi.nlm.nih.gov/gene/${v}`],
  ['go', 'Gene Ontology', (v) => `https://amigo.geneontology.org/amigo/term/GO:${bare(v, 'GO:')}`],
];
function bare(v, prefix) { const s = String(v); return s.toUpperCase().startsWith(prefix) ? s.slice(prefix.length) : s; }

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function button(cls, text, onClick, extra = {}) {
  const b = el('button', cls, text);
  b.type = 'button';
  Object.assign(b, extra);
  b.addEventListener('click', onClick);
  return b;
}

export function renderEntityPanel(root, { entity, expansion, onExpand, onHide, onEffectClick, onUseAs }) {
  const p = entity.properties || {};
  const panel = el('section', 'entity-panel');
  panel.setAttribute('aria-label', `${p.name || entity.id} (${entity.type})`);

  const head = el('header', 'panel-head');
  head.appendChild(el('div', 'panel-kicker', 'Entity'));
  const h = el('h2', 'entity-heading');
  h.innerHTML = shapeSwatch(entity.type, 16);
  h.append(el('span', 'entity-name', p.name || entity.id), el('span', `type-badge type-${entity.type}`, entity.type));
  head.appendChild(h);
  if (p.category) head.appendChild(el('div', 'category', p.category));
  panel.appendChild(head);

  if (p.description) panel.appendChild(el('p', 'description', p.description));

  const actions = el('div', 'entity-actions');
  const limit = expansion?.limit || 0;
  const label = !expansion ? 'Expand neighbours' : expansion.shown < expansion.total ? 'Show 15 more' : 'All connections shown';
  const expand = button('expand-node primary-small', label, () => onExpand?.(entity.id, limit + 15));
  expand.disabled = !!expansion && expansion.shown >= expansion.total;
  actions.append(expand, button('hide-node', 'Hide from graph', () => onHide?.(entity.id)),
    button('use-from', 'Trace from here', () => onUseAs?.('from', p.name || entity.id)),
    button('use-to', 'Trace to here', () => onUseAs?.('to', p.name || entity.id)));
  panel.appendChild(actions);
  if (expansion) {
    panel.appendChild(el('p', 'expansion-info',
      `Showing ${expansion.shown} of ${expansion.total} connections (${expansion.neighbours} neighbours), best-cited first.`));
  }

  const synonyms = (p.synonyms || []).filter(Boolean);
  const dl = el('dl', 'facts');
  dl.append(el('dt', null, 'Synonyms'));
  const syn = el('dd', 'synonyms');
  if (synonyms.length) synonyms.forEach((s) => syn.appendChild(el('span', 'synonym', s)));
  else syn.textContent = 'none recorded';
  dl.append(syn);
  const refs = XREFS.filter(([key]) => p[key]);
  if (p.symbol) dl.append(el('dt', null, 'Gene symbol'), el('dd', 'symbol', p.symbol));
  dl.append(el('dt', null, 'External ids'));
  const ids = el('dd', 'xrefs');
  refs.forEach(([key, name, url]) => {
    const a = el('a', 'xref', `${name} ${p[key]}`);
    a.href = url(p[key]);
    a.target = '_blank'; a.rel = 'noopener noreferrer';
    a.dataset.registry = key;
    ids.appendChild(a);
  });
  if (!refs.length) ids.textContent = 'none recorded';
  dl.append(ids);
  const merged = entity.identifiers || [];
  if (merged.length) {
    // Every identifier a source named this entity by: where several sources meet, the reader sees which.
    dl.append(el('dt', null, `Identifiers merged here (${merged.length})`));
    const list = el('dd', 'identifiers');
    merged.forEach((x) => list.appendChild(el('span', 'identifier', x)));
    dl.append(list);
  }
  panel.appendChild(dl);

  const effects = [...(entity.effects || [])].sort((a, b) => b.evidence - a.evidence);
  for (const direction of ['out', 'in']) {
    const rows = effects.filter((e) => e.direction === direction);
    const section = el('section', 'effects');
    section.appendChild(el('h3', 'section-title',
      `${direction === 'out' ? 'Effects out' : 'Effects in'} (${rows.length})`));
    if (!rows.length) section.appendChild(el('p', 'muted', 'none recorded'));
    const list = el('ul', 'effect-list');
    rows.forEach((e) => {
      const li = el('li');
      const row = button(`effect-row ${e.polarity}`, '', () => onEffectClick?.(e.id));
      row.dataset.effectId = e.id;
      row.innerHTML = polaritySwatch(e.polarity, 26);
      const text = direction === 'out' ? `${relation(e.type)} ${e.otherName}` : `${e.otherName} ${relation(e.type)} this`;
      row.append(el('span', 'effect-text', text), el('span', 'effect-cites', `${e.evidence}`));
      row.title = `${text}: ${e.evidence} piece${e.evidence === 1 ? '' : 's'} of evidence; open the evidence`;
      li.appendChild(row);
      list.appendChild(li);
    });
    section.appendChild(list);
    panel.appendChild(section);
  }
  root.replaceChildren(panel);
}
