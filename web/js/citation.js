// One citation block: the verbatim quote, then who said it, where, and how to reach the source.
// Kinds are visually distinct so a web article is never mistaken for peer-reviewed work.

export const KIND = {
  'peer-reviewed article': { label: 'Peer-reviewed article', cls: 'kind-peer' },
  review: { label: 'Review', cls: 'kind-review' },
  'web article': { label: 'Web article (not peer-reviewed)', cls: 'kind-web' },
  database: { label: 'Database record', cls: 'kind-database' },
};

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/** The best outward link for a paper: DOI, then PubMed, then URL, else its mechgraph record. */
export function paperLink(c) {
  if (c.doi) return { href: `https://doi.org/${c.doi}`, text: `doi:${c.doi}` };
  if (c.pmid) return { href: `https://pubmed.ncbi.nlm.nih.gov/${c.pmid}/`, text: `PubMed ${c.pmid}` };
  if (c.url) return { href: c.url, text: c.url.replace(/^https?:\/\//, '').slice(0, 60) };
  return { href: `/api/papers/${c.paperId}`, text: 'mechgraph source record (no public link recorded)', internal: true };
}

export function renderCitation(c, { paperTitles = new Map() } = {}) {
  const kind = KIND[c.kind] || { label: c.kind || 'source', cls: 'kind-other' };
  const root = el('article', `citation ${kind.cls}`);

  const quote = el('blockquote', 'quote', c.quote || '(no quote recorded)');
  root.appendChild(quote);

  const head = el('div', 'citation-head');
  head.append(el('span', `kind-badge ${kind.cls}`, kind.label));
  if (c.species) head.append(el('span', 'species', c.species));
  root.appendChild(head);

  root.appendChild(el('div', 'paper-title', c.title || c.paperId));
  const byline = [c.authors?.length ? formatAuthors(c.authors) : null, c.year, c.venue].filter(Boolean).join(' · ');
  root.appendChild(el('div', 'paper-byline', byline || 'Author, year and venue not stated by the source'));

  if (c.quotedIn) {
    const seed = paperTitles.get(c.quotedIn) || c.quotedIn;
    const q = el('div', 'quoted-in');
    q.append('Quoted in ', el('cite', null, seed), ' — the words above are that source’s account of this work.');
    root.appendChild(q);
  }
  if (c.note) root.appendChild(el('p', 'note', c.note));

  const link = paperLink(c);
  const a = el('a', `paper-link${link.internal ? ' internal' : ''}`, link.text);
  a.href = link.href;
  if (!link.internal) { a.target = '_blank'; a.rel = 'noopener noreferrer'; }
  root.appendChild(a);
  return root;
}

function formatAuthors(authors) {
  return authors.length > 3 ? `${authors.slice(0, 3).join(', ')} et al.` : authors.join(', ');
}
