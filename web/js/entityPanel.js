// The node panel: what the entity is, its names, its identifiers in public registries, and
// every effect in and out (each opens its evidence). Also the node's graph actions.

import { shapeSwatch, polaritySwatch, typeName } from './graphStyle.js';

const relation = (type) => type.toLowerCase().replace(/_/g, ' ');

// Registry links by namespace, as identifiers are stored (ncbigene:627) and as the curated
// corpus names its properties (ncbiGene: '627'); values may or may not carry their prefix.
const REGISTRIES = {
  chebi: ['ChEBI', (v) => `https://www.ebi.ac.uk/chebi/searchId.do?chebiId=CHEBI:${bare(v, 'CHEBI:')}`],
  drugbank: ['DrugBank', (v) => `https://go.drugbank.com/drugs/${v}`],
  chembl: ['ChEMBL', (v) => `https://www.ebi.ac.uk/chembl/compound_report_card/${v}/`],
  'pubchem.compound': ['PubChem', (v) => `https://pubchem.ncbi.nlm.nih.gov/compound/${v}`],
  mesh: ['MeSH', (v) => `https://meshb.nlm.nih.gov/record/ui?ui=${v}`],
  hgnc: ['HGNC', (v) => `https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:${bare(v, 'HGNC:')}`],
  uniprot: ['UniProt', (v) => `https://www.uniprot.org/uniprotkb/${v}`],
  ncbigene: ['NCBI Gene', (v) => `https://www.ncbi.nlm.nih.gov/gene/${v}`],
  ensembl: ['Ensembl', (v) => `https://www.ensembl.org/id/${v}`],
  go: ['Gene Ontology', (v) => `https://amigo.geneontology.org/amigo/term/GO:${bare(v, 'GO:')}`],
  reactome: ['Reactome', (v) => `https://reactome.org/content/detail/${v}`],
  wikipathways: ['WikiPathways', (v) => `https://www.wikipathways.org/pathways/${v}`],
  kegg: ['KEGG', (v) => `https://www.kegg.jp/entry/${v}`],
  doid: ['Disease Ontology', (v) => `https://disease-ontology.org/?id=DOID:${bare(v, 'DOID:')}`],
  mondo: ['Mondo', (v) => `https://monarchinitiative.org/MONDO:${bare(v, 'MONDO:')}`],
  hp: ['HPO', (v) => `https://hpo.jax.org/browse/term/HP:${bare(v, 'HP:')}`],
  omim: ['OMIM', (v) => `https://omim.org/entry/${v}`],
  orphanet: ['Orphanet', (v) => `https://www.orpha.net/en/disease/detail/${v}`],
  uberon: ['UBERON', (v) => `https://purl.obolibrary.org/obo/UBERON_${bare(v, 'UBERON:')}`],
};
function bare(v, prefix) { const s = String(v); return s.toUpperCase().startsWith(prefix) ? s.slice(prefix.length) : s; }

/**
 * The entity's ids in public registries, each once: the curated properties (chebi, ncbiGene…)
 * and every identifier an import merged into it (ncbigene:1813, doid:0050741…).
 */
export function registryIds(properties, identifiers = []) {
  const out = new Map();
  const add = (namespace, value) => {
    const registry = REGISTRIES[namespace];
    if (!registry || value == null || value === '') return;
    const [name, url] = registry;
    const shown = bare(value, `${namespace.toUpperCase()}:`);
    const key = `${namespace}:${shown.toLowerCase()}`;
    if (!out.has(key)) out.set(key, { namespace, name, value: String(value), href: url(shown) });
  };
  Object.entries(properties || {}).forEach(([k, v]) => add(k.toLowerCase(), v));
  identifiers.forEach((id) => {
    const colon = id.indexOf(':');
    if (colon > 0) add(id.slice(0, colon), id.slice(colon + 1));
  });
  const order = Object.keys(REGISTRIES);
  return [...out.values()].sort((a, b) => order.indexOf(a.namespace) - order.indexOf(b.namespace));
}

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
  panel.setAttribute('aria-label', `${p.name || entity.id} (${typeName(entity.type)})`);

  const head = el('header', 'panel-head');
  head.appendChild(el('div', 'panel-kicker', 'Entity'));
  const h = el('h2', 'entity-heading');
  h.innerHTML = shapeSwatch(entity.type, 16);
  h.append(el('span', 'entity-name', p.name || entity.id), el('span', `type-badge type-${entity.type}`, typeName(entity.type)));
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
      `Showing ${expansion.shown} of ${expansion.total} connections (${expansion.neighbours} neighbours), best supported first; a contested pair always whole.`));
  }

  const synonyms = (p.synonyms || []).filter(Boolean);
  const dl = el('dl', 'facts');
  dl.append(el('dt', null, 'Synonyms'));
  const syn = el('dd', 'synonyms');
  if (synonyms.length) synonyms.forEach((s) => syn.appendChild(el('span', 'synonym', s)));
  else syn.textContent = 'none recorded';
  dl.append(syn);
  const merged = entity.identifiers || [];
  const refs = registryIds(p, merged);
  if (p.symbol) dl.append(el('dt', null, 'Gene symbol'), el('dd', 'symbol', p.symbol));
  dl.append(el('dt', null, 'External ids'));
  const ids = el('dd', 'xrefs');
  refs.forEach((r) => {
    const a = el('a', 'xref', `${r.name} ${r.value}`);
    a.href = r.href;
    a.target = '_blank'; a.rel = 'noopener noreferrer';
    a.dataset.registry = r.namespace;
    ids.appendChild(a);
  });
  if (!refs.length) ids.textContent = 'none recorded';
  dl.append(ids);
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
    const all = (direction === 'out' ? entity.effectsOut : entity.effectsIn) ?? rows.length;
    const section = el('section', 'effects');
    section.appendChild(el('h3', 'section-title',
      `${direction === 'out' ? 'Effects out' : 'Effects in'} (${all > rows.length
        ? `${rows.length} of ${all.toLocaleString('en')}, most evidence first` : rows.length})`));
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
