// BibTeX for the papers cited by the shown edges. Peer-reviewed articles and reviews become
// @article; web articles and database records become @misc with their url and a note saying
// what they are, so nobody cites a blog post as if it were journal work.

const KIND_NOTE = { 'web article': 'Web article, not peer-reviewed', database: 'Database record' };

/** Surname from "Levinstein MR" (surname first, initials after) or "Marie Benz MD FAAD". */
export function surname(author) {
  const tokens = String(author).replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  if (tokens.length >= 2 && /^[A-Z]{1,3}$/.test(tokens[1]) && !/^[A-Z]+$/.test(tokens[0])) return tokens[0];
  while (tokens.length > 1 && /^[A-Z]{2,}$/.test(tokens[tokens.length - 1])) tokens.pop();
  return tokens[tokens.length - 1] || '';
}

function bibAuthor(author) {
  const m = /^(\S+(?:\s\S+)*?)\s+([A-Z]{1,3})(\s+(?:Jr|Sr|II|III))?$/.exec(String(author).trim());
  if (!m) return `{${author}}`;
  const initials = m[2].split('').map((c) => `${c}.`).join(' ');
  return `${m[1]}${m[3] ? `,${m[3]}` : ''}, ${initials}`;
}

const ascii = (s) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();

function escape(value) {
  return String(value).replace(/\\/g, '\\textbackslash{}').replace(/([{}&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}');
}

function field(name, value) {
  return value == null || value === '' ? null : `  ${name} = {${value}}`;
}

/**
 * @param citations every citation of every shown edge (duplicates are merged by paperId)
 * @returns the .bib text, one entry per paper, sorted by key
 */
export function toBibtex(citations) {
  const papers = new Map();
  citations.forEach((c) => { if (!papers.has(c.paperId)) papers.set(c.paperId, c); });
  const used = new Map();
  const entries = [...papers.values()].map((p) => {
    // Author-year keys (levinstein2025); records without authors fall back to their PubMed id,
    // then to the first word of the title.
    const base = p.authors?.length ? `${ascii(surname(p.authors[0]))}${p.year || 'nd'}`
      : p.pmid ? `pmid${p.pmid}` : `${ascii((p.title || 'source').split(/\s+/)[0])}${p.year || 'nd'}`;
    const n = used.get(base) || 0;
    used.set(base, n + 1);
    const key = n ? `${base}${String.fromCharCode(96 + n)}` : base;
    return { key, text: entry(p, key) };
  });
  // Keys suffixed a, b… only after a clash; re-sort so the file reads alphabetically.
  return `${entries.sort((a, b) => a.key.localeCompare(b.key)).map((e) => e.text).join('\n\n')}\n`;
}

function entry(p, key) {
  const scholarly = (p.kind === 'peer-reviewed article' || p.kind === 'review');
  const url = p.url || (p.doi ? `https://doi.org/${p.doi}` : p.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${p.pmid}/` : null);
  const common = [
    field('title', p.title ? `{${escape(p.title)}}` : null),
    field('author', p.authors?.length ? p.authors.map((a) => bibAuthor(escape(a))).join(' and ') : null),
    field('year', p.year),
  ];
  if (scholarly && (p.doi || p.pmid)) {
    return format('article', key, [...common,
      field('journal', p.venue ? escape(p.venue) : null),
      field('doi', p.doi), field('pmid', p.pmid), field('url', url),
      field('note', p.kind === 'review' ? 'Review' : null)]);
  }
  const note = [KIND_NOTE[p.kind] || (p.kind ? p.kind[0].toUpperCase() + p.kind.slice(1) : null),
    url ? null : `no URL recorded; mechgraph source ${p.paperId}`].filter(Boolean).join('; ');
  return format('misc', key, [...common,
    field('howpublished', p.venue ? escape(p.venue) : null),
    field('url', url), field('note', escape(note))]);
}

function format(type, key, fields) {
  return `@${type}{${key},\n${fields.filter(Boolean).join(',\n')}\n}`;
}
