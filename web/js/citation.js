// One piece of evidence: what it is (a quote, a report of another work, or a database record), who holds it, and
// how to reach the source. Kinds are visually distinct so a web article is never mistaken for peer-reviewed work,
// and a record is never dressed up as a quotation.

export const KIND = {
  'peer-reviewed article': { label: 'Peer-reviewed article', cls: 'kind-peer' },
  'journal article': { label: 'Journal article', cls: 'kind-journal' },
  review: { label: 'Review', cls: 'kind-review' },
  preprint: { label: 'Preprint (not peer-reviewed)', cls: 'kind-web' },
  'web article': { label: 'Web article (not peer-reviewed)', cls: 'kind-web' },
  database: { label: 'Database', cls: 'kind-database' },
};

/** A source's kind as stated; a bare PubMed id is a "PubMed record", never an article of a guessed kind. */
export function kindOf(p) {
  if (KIND[p.kind]) return KIND[p.kind];
  if (p.kind) return { label: p.kind, cls: 'kind-other' };
  if (p.pmid) return { label: 'PubMed record (kind not stated)', cls: 'kind-other' };
  return { label: 'Kind not stated', cls: 'kind-other' };
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/** The best outward link for a paper: DOI, then PubMed, then URL, else its mechgraph record. */
export function paperLink(c) {
  const id = c.paperId ?? c.id;
  if (c.doi) return { href: `https://doi.org/${c.doi}`, text: `doi:${c.doi}` };
  if (c.pmid) return { href: `https://pubmed.ncbi.nlm.nih.gov/${c.pmid}/`, text: `PubMed ${c.pmid}` };
  if (c.url) return { href: c.url, text: c.url.replace(/^https?:\/\//, '').slice(0, 60) };
  return { href: `/api/papers/${id}`, text: 'mechgraph source record (no public link recorded)', internal: true };
}

function link(p) {
  const l = paperLink(p);
  const a = el('a', `paper-link${l.internal ? ' internal' : ''}`, l.text);
  a.href = l.href;
  if (!l.internal) { a.target = '_blank'; a.rel = 'noopener noreferrer'; }
  return a;
}

const titleOf = (p) => p.title || (p.pmid ? `PubMed record ${p.pmid}` : (p.paperId ?? p.id));

function byline(p) {
  const line = [p.authors?.length ? formatAuthors(p.authors) : null, p.year, p.venue].filter(Boolean).join(' · ');
  return el('div', 'paper-byline', line || 'Author, year and venue not stated by the source');
}

function sourceHead(c, kind) {
  const head = el('div', 'citation-head');
  // A record is named by its database ("Hetionet v1.0 record"); a quote or report imported from a
  // curated set says which ("Curated in CONIB").
  const set = recordSet(c.source, c.evidence);
  const badge = c.evidence === 'record' && set ? set : EVIDENCE[c.evidence] ?? c.evidence;
  head.append(el('span', `evidence-badge evidence-${c.evidence}`, badge));
  head.append(el('span', `kind-badge ${kind.cls}`, kind.label));
  if (c.species) head.append(el('span', 'species', c.species));
  if (set && c.evidence !== 'record') head.append(el('span', 'record-set', set));
  return head;
}

const EVIDENCE = { quote: 'Quote', report: 'Report of another work', record: 'Database record' };

/**
 * Where a piece of evidence came into mechgraph, when not from the curated articles: a record reads
 * as that database's row ("Hetionet v1.0 record"), a CONIB quote as CONIB's choice of sentence.
 */
export function recordSet(source, evidence) {
  if (!source || source === 'curated') return null;
  const record = evidence === 'record';
  if (source === 'hetionet') return record ? 'Hetionet v1.0 record' : 'From Hetionet v1.0';
  if (source === 'conib') return record ? 'CONIB record' : 'Curated in CONIB (Fraunhofer SCAI)';
  if (source.startsWith('kgx:')) return record ? `Record of ${source.slice(4)} (KGX import)` : `Imported from KGX, ${source.slice(4)}`;
  if (source.startsWith('claims:')) return record ? `Database record (claims file ${source.slice(7)})` : `Imported from claims file ${source.slice(7)}`;
  return record ? `Record of ${source}` : `Imported from ${source}`;
}

export function renderCitation(c) {
  const evidence = c.evidence || 'quote';
  const kind = evidence === 'record' && !c.kind ? KIND.database : kindOf(c);
  const root = el('article', `citation ${kind.cls} evidence-${evidence}`);

  if (evidence === 'record') {
    root.appendChild(el('div', 'record', c.record || '(no description of the record)'));
  } else {
    root.appendChild(el('blockquote', 'quote', c.quote || '(no sentence recorded)'));
  }
  root.appendChild(sourceHead({ ...c, evidence }, kind));
  root.appendChild(el('div', 'paper-title', titleOf(c)));
  root.appendChild(byline(c));

  if (evidence === 'report' && c.reports) {
    const work = el('div', 'reported-work');
    work.append(el('span', 'reported-label', 'The sentence reports this work (not checked against it):'));
    const wk = kindOf(c.reports);
    work.append(el('span', `kind-badge ${wk.cls}`, wk.label), el('div', 'paper-title', titleOf(c.reports)),
      byline(c.reports), link(c.reports));
    root.appendChild(work);
  }
  if (evidence === 'record' && c.references?.length) {
    const refs = el('div', 'record-references');
    refs.append(el('span', 'reported-label', `References of this record (${c.references.length}):`));
    const list = el('ul', 'reference-list');
    c.references.forEach((r) => {
      const li = el('li');
      li.append(link(r));
      if (r.title) li.append(' ', el('span', 'reference-title', r.title));
      list.appendChild(li);
    });
    refs.appendChild(list);
    root.appendChild(refs);
  }
  if (c.note) root.appendChild(el('p', 'note', c.note));
  if (c.license) root.appendChild(el('p', 'licence', `Licence: ${c.license}`));

  root.appendChild(link(c));
  return root;
}

function formatAuthors(authors) {
  return authors.length > 3 ? `${authors.slice(0, 3).join(', ')} et al.` : authors.join(', ');
}
