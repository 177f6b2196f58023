// A mechanism path in words, for pasting into a manuscript: each step as a clause with numbered
// references in order of first use, the caveats a reader must know (steps resting only on web
// articles, on one source, or on a pair whose sources disagree), the net direction of the chain,
// and the reference list. Pure: a path answer in, {markdown, text, references} out; no DOM, no fetching.
// A quote, a report and a record are cited as what they are: a report cites the source that wrote
// it and names the work it reports; a record cites the database row, never in quotation marks.

import { recordSet } from './citation.js';

// Each relation as an active clause (subject first) and, for a hop walked against the claim's
// direction, a passive one, so the clause still names the path's nodes in path order.
const say = (verb) => (s, o) => `${s} ${verb} ${o}`;
const VERBS = {
  INHIBITS: [say('inhibits'), say('is inhibited by')],
  ACTIVATES: [say('activates'), say('is activated by')],
  INCREASES: [say('increases'), say('is increased by')],
  DECREASES: [say('decreases'), say('is decreased by')],
  CAUSES: [say('causes'), say('is caused by')],
  TREATS: [say('treats'), say('is treated by')],
  ASSOCIATED_WITH: [say('is associated with'), say('is associated with')],
  BINDS: [say('binds'), say('is bound by')],
  PART_OF: [say('is part of'), say('includes')],
  FORM_OF: [say('is a form of'), (s, o) => `${s} has ${o} as a form`],
};

const SIGN = { positive: 1, negative: -1 };

// Common nouns that read as "the NMDA receptor", "the antidepressant effect"; other names
// (BDNF, ketamine, neuroplasticity) stand without an article.
const WITH_ARTICLE = /\b(receptors?|effects?|responses?|pathways?|channels?|transporters?|enzymes?|connectivity|system|cortex|subunits?|complex)$/i;

const KIND_NOTE = {
  'web article': 'Web article, not peer-reviewed',
  preprint: 'Preprint, not peer-reviewed',
  review: 'Review',
  'peer-reviewed article': 'Peer-reviewed article',
  'journal article': 'Journal article',
  book: 'Book',
  database: 'Database',
};

/** The sentence that says what one relation claims: "ketamine inhibits the NMDA receptor". */
export function clause(type, subject, object, reversed = false) {
  const forms = VERBS[type];
  // A relation outside the vocabulary is stated as recorded, subject first, even against the path's order.
  if (!forms) return reversed ? say(type.toLowerCase().replace(/_/g, ' '))(object, subject) : say(type.toLowerCase().replace(/_/g, ' '))(subject, object);
  return forms[reversed ? 1 : 0](subject, object);
}

/** An entity's name as it reads in running text, with "the" before common nouns. */
export function nounPhrase(name) {
  return WITH_ARTICLE.test(name) ? `the ${name}` : name;
}

// "ketamine" starts a sentence as "Ketamine"; "mTOR" or "BDNF" keep their spelling.
const capitalise = (s) => (/^[a-z]+$/.test(s.split(/[\s-]/)[0]) ? s[0].toUpperCase() + s.slice(1) : s);

/** "[1, 2]", "[1–3, 5]": numbers in order, runs of three or more as a range. */
export function citeMark(numbers) {
  const ns = [...new Set(numbers)].sort((a, b) => a - b);
  if (!ns.length) return '';
  const parts = [];
  for (let i = 0; i < ns.length;) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j++;
    if (j - i >= 2) parts.push(`${ns[i]}–${ns[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(ns[k]));
    i = j + 1;
  }
  return `[${parts.join(', ')}]`;
}

/** The references of an explanation, numbered as first cited; a record is its own reference. */
function referenceList() {
  const list = [];
  const byKey = new Map();
  return {
    list,
    number(c) {
      const key = c.evidence === 'record' ? `${c.paperId}#${c.record}` : c.paperId;
      let ref = byKey.get(key);
      if (!ref) {
        ref = { n: list.length + 1, citation: c, reports: [] };
        byKey.set(key, ref);
        list.push(ref);
      }
      if (c.evidence === 'report' && c.reports && !ref.reports.some((w) => w.id === c.reports.id)) ref.reports.push(c.reports);
      return ref.n;
    },
  };
}

const authorsOf = (authors = []) => (authors.length > 3 ? `${authors.slice(0, 3).join(', ')} et al.` : authors.join(', '));

/** One work as a reference: authors (year). Title. Venue. What it is. DOI, PMID or URL. */
function work(p, fmt) {
  const parts = [];
  const year = p.year ?? 'n.d.';
  if (p.authors?.length) parts.push(`${fmt.esc(authorsOf(p.authors))} (${year}).`);
  if (p.title) parts.push(`${fmt.esc(p.title)}${p.authors?.length ? '' : ` (${year})`}`.replace(/([^.?!])$/, '$1.'));
  else if (p.pmid) parts.push(`PubMed record ${p.pmid}; its metadata is not in mechgraph.`);
  else parts.push(`${fmt.esc(p.paperId ?? p.id)}; not identified further.`);
  if (p.venue) parts.push(`${fmt.em(p.venue)}.`);
  const note = KIND_NOTE[p.kind];
  if (note && p.kind !== 'database') parts.push(`${note}.`);
  const ids = [];
  if (p.doi) ids.push(fmt.link(`doi:${p.doi}`, `https://doi.org/${p.doi}`));
  if (p.pmid && p.title) ids.push(fmt.link(`PMID ${p.pmid}`, `https://pubmed.ncbi.nlm.nih.gov/${p.pmid}/`));
  if (!ids.length && p.url) ids.push(fmt.link(p.url, p.url));
  if (ids.length) parts.push(`${ids.join('; ')}.`);
  return parts.join(' ');
}

function referenceEntry(ref, fmt) {
  const c = ref.citation;
  if (c.evidence === 'record') {
    const set = recordSet(c.source, 'record') || 'Database record';
    const cites = (c.references || []).map((r) => (r.pmid ? `PMID ${r.pmid}` : r.doi ? `doi:${r.doi}` : r.title || r.id));
    return [`${set} (a database row, not a sentence): ${fmt.esc(c.record || 'no description recorded')}.`,
      `In: ${work(c, fmt)}`,
      cites.length ? `The record cites ${cites.join(', ')}.` : '',
      c.license && !(c.record || '').includes(c.license) ? `Licence: ${c.license}.` : ''].filter(Boolean).join(' ');
  }
  const reported = ref.reports.map((w) => work(w, fmt));
  return [work(c, fmt),
    reported.length ? `Reports, as cited here (not checked against the original): ${reported.join(' ')}` : '']
    .filter(Boolean).join(' ');
}

const MARKDOWN = {
  esc: (s) => String(s).replace(/([\\`*_[\]<>#|])/g, '\\$1'),
  em: (s) => `*${MARKDOWN.esc(s)}*`,
  link: (text, href) => (text === href ? `<${href}>` : `[${MARKDOWN.esc(text)}](${href.replace(/[()\s]/g, encodeURIComponent)})`),
  strong: (s) => `**${s}**`,
  item: (n, s) => `${n}. ${s}`,
};
const TEXT = {
  esc: (s) => String(s),
  em: (s) => String(s),
  link: (text) => text, // doi:…, PMID … and URLs resolve as written
  strong: (s) => s,
  item: (n, s) => `[${n}] ${s}`,
};

const joinClauses = (xs) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/**
 * The path as a paragraph, its caveats and its references.
 * @param path a path of GET /api/paths: nodes in order, edges with citations, support and disagreements
 * @param samePair optional: for an edge id, the effects of GET /api/effects/{id} `samePair`, so a disagreement
 *   names its sources; without it the disagreement is stated with the opposing relation alone
 */
export function explain(path, { samePair = {} } = {}) {
  const refs = referenceList();
  const byId = new Map(path.nodes.map((n) => [n.id, n]));
  const name = (id) => nounPhrase(byId.get(id)?.name ?? id);

  const hops = path.edges.map((edge, i) => {
    const at = path.nodes[i], next = path.nodes[i + 1];
    const reversed = edge.from !== at.id && edge.to === at.id;
    const words = clause(edge.type, nounPhrase(at.name), nounPhrase(next.name), reversed);
    const numbers = edge.citations.map((c) => refs.number(c));
    return { edge, at, next, words, numbers };
  });

  const build = (fmt) => {
    const steps = hops.map((h, i) => `${i === 0 ? capitalise(fmt.esc(h.words)) : fmt.esc(h.words)} ${citeMark(h.numbers)}`.trim());
    const paragraph = `${steps.join('; ')}. ${netEffect(path, hops, fmt)}`;
    const caveats = caveatsOf(hops, refs, samePair, name, fmt);
    const references = refs.list.map((r) => fmt.item(r.n, referenceEntry(r, fmt)));
    const heading = fmt === MARKDOWN ? '**References**' : 'References';
    return [paragraph, caveats.length ? `${fmt.strong('Caveats.')} ${caveats.join(' ')}` : '', heading, references.join('\n')]
      .filter(Boolean).join('\n\n');
  };

  // The caveats cite the disagreeing sources too: number them before either text is built.
  const markdown = build(MARKDOWN);
  const text = build(TEXT);
  return { markdown, text, references: refs.list.map((r) => ({ n: r.n, text: referenceEntry(r, TEXT) })) };
}

function netEffect(path, hops, fmt) {
  const first = path.nodes[0].name, last = path.nodes[path.nodes.length - 1].name;
  const unsigned = hops.filter((h) => !SIGN[h.edge.polarity]);
  if (unsigned.length) {
    const which = joinClauses(unsigned.map((h) => fmt.esc(h.words)));
    return `The net direction is not determined: the ${unsigned.length === 1 ? 'step in which' : 'steps in which'} ${which} ${unsigned.length === 1 ? 'has' : 'have'} no sign.`;
  }
  if (hops.length === 1) return `The net effect of ${fmt.esc(nounPhrase(first))} on ${fmt.esc(nounPhrase(last))} is ${path.edges[0].polarity}.`;
  const product = hops.reduce((p, h) => p * SIGN[h.edge.polarity], 1);
  const signs = hops.map((h) => (SIGN[h.edge.polarity] > 0 ? '+' : '−')).join(' × ');
  return `Multiplying the signs of the steps (${signs}), the net effect of ${fmt.esc(nounPhrase(first))} on ${fmt.esc(nounPhrase(last))} is ${product > 0 ? 'positive' : 'negative'}.`;
}

function caveatsOf(hops, refs, samePair, name, fmt) {
  const out = [];
  const webOnly = hops.filter((h) => h.edge.citations.length && h.edge.citations.every((c) => c.evidence !== 'record' && c.kind === 'web article'));
  if (webOnly.length && webOnly.length === hops.length) {
    out.push(`${hops.length === 1 ? 'This step rests' : 'Every step rests'} only on web articles, which are not peer-reviewed.`);
  } else if (webOnly.length) {
    out.push(`Only web articles, which are not peer-reviewed, support that ${joinClauses(webOnly.map((h) => `${fmt.esc(h.words)} ${citeMark(h.numbers)}`))}.`);
  }
  hops.filter((h) => h.edge.disagreements?.length).forEach((h) => {
    const e = h.edge;
    const sides = [`${citeMark(h.numbers)} ${new Set(h.numbers).size === 1 ? 'says' : 'say'} that ${fmt.esc(clause(e.type, name(e.from), name(e.to)))}`];
    e.disagreements.forEach((d) => {
      const other = (samePair[e.id] || []).find((o) => o.id === d.id);
      const words = fmt.esc(clause(d.type, name(other?.from ?? e.from), name(other?.to ?? e.to)));
      if (other?.citations?.length) {
        const ns = other.citations.map((c) => refs.number(c));
        sides.push(`${citeMark(ns)} ${new Set(ns).size === 1 ? 'says' : 'say'} that ${words}`);
      } else {
        const n = d.citations ?? 0;
        sides.push(`${n} other piece${n === 1 ? '' : 's'} of evidence ${n === 1 ? 'says' : 'say'} that ${words}`);
      }
    });
    out.push(`Sources disagree on ${fmt.esc(name(e.from))} and ${fmt.esc(name(e.to))}: ${sides.join('; ')}.`);
  });
  const single = hops.filter((h) => (h.edge.support?.sources ?? new Set(h.edge.citations.map((c) => c.paperId)).size) === 1);
  if (single.length) {
    const which = single.map((h) => `${fmt.esc(h.words)} ${citeMark(h.numbers)}`);
    if (single.length === hops.length) out.push(`${hops.length === 1 ? 'This step rests' : 'Every step rests'} on a single source.`);
    else out.push(single.length === 1 ? `A single source supports that ${which[0]}.` : `Each of these rests on a single source: ${which.join('; ')}.`);
  }
  return out;
}
