// The URL is the shareable state: the path query plus what is selected. Parameters:
//   from, via (repeated, ordered), to, maxHops   the query
//   rank       'hops' orders paths by length (absent: by evidence)
//   sign       'up' or 'down': only paths by which from raises or lowers to
//   peer       peer=1 keeps hops backed by peer-reviewed articles only
// and the hop filters ("More filters"; pathFilters.js), each absent when it keeps every path:
//   minSources   independent sources each hop needs (absent: 1)
//   relation     an effect type a hop may have, lower case (repeated, e.g. increases, associated_with)
//   type         an entity label the nodes between the stops may have (repeated, e.g. Receptor)
//   exclude      an entity no path passes, as typed: a name, synonym or id (repeated)
//   yearFrom, yearTo   the years of the evidence a hop counts
//   species      the species the evidence a hop counts was found in (e.g. human)
// then the rest of the query and the selection:
//   show       how many paths are shown (absent: 10); "more" adds ten
//   path       index of the chosen path
//   edge       id of the effect whose evidence is open (e.g. ketamine|ACTIVATES|mor)
//   node       id of the entity whose panel is open
//   expand     id:limit of each node whose neighbours were pulled in (repeated)
//   hide       id of each node hidden from the graph (repeated)
//   pair       id of an effect whose two entities are drawn with every effect between them
//              (a contradiction chosen in the Contradictions list)
// and the view, which keeps the explorer's parameters while the console is shown:
//   view       'console' opens the Cypher console (absent: the explorer)
//   q          the console's query text (written only with view=console)
//   params     the console's parameters as JSON, when they are not {} (only with view=console)
//   run        run=1 runs q once when the page opens; it is read, never written back, so a
//              reload or Back does not run the query again

import { NO_FILTERS, readFilters, writeFilters } from './pathFilters.js';

export function emptyState() {
  return { from: '', via: [], to: '', maxHops: 4, rank: 'evidence', sign: '', peer: false, ...NO_FILTERS, show: 10,
    path: null, edge: null, node: null, expand: [], hide: [], pair: null,
    view: 'explorer', q: '', params: '', run: false };
}

export function readUrl(search = location.search) {
  const q = new URLSearchParams(search);
  const s = emptyState();
  s.from = q.get('from') || '';
  s.to = q.get('to') || '';
  s.via = q.getAll('via').filter(Boolean);
  const hops = Number.parseInt(q.get('maxHops'), 10);
  s.maxHops = Number.isFinite(hops) ? hops : 4;
  s.rank = q.get('rank') === 'hops' ? 'hops' : 'evidence';
  s.sign = ['up', 'down'].includes(q.get('sign')) ? q.get('sign') : '';
  s.peer = q.get('peer') === '1';
  Object.assign(s, readFilters(q));
  const show = Number.parseInt(q.get('show'), 10);
  s.show = Number.isFinite(show) && show > 0 ? Math.min(show, 100) : 10;
  const path = Number.parseInt(q.get('path'), 10);
  s.path = Number.isFinite(path) && path >= 0 ? path : null;
  s.edge = q.get('edge') || null;
  s.node = s.edge ? null : q.get('node') || null;
  s.expand = q.getAll('expand').map(parseExpand).filter(Boolean);
  s.hide = q.getAll('hide').filter(Boolean);
  s.pair = q.get('pair') || null;
  s.view = q.get('view') === 'console' ? 'console' : 'explorer';
  s.q = q.get('q') || '';
  s.params = q.get('params') || '';
  s.run = s.view === 'console' && q.get('run') === '1' && !!s.q.trim();
  return s;
}

function parseExpand(value) {
  const i = value.lastIndexOf(':');
  const limit = i > 0 ? Number.parseInt(value.slice(i + 1), 10) : NaN;
  return Number.isFinite(limit) ? { id: value.slice(0, i), limit } : (value ? { id: value, limit: 15 } : null);
}

export function toSearch(s) {
  const q = new URLSearchParams();
  if (s.from || s.to) {
    q.set('from', s.from);
    s.via.forEach((v) => q.append('via', v));
    q.set('to', s.to);
    q.set('maxHops', String(s.maxHops));
    if (s.rank === 'hops') q.set('rank', 'hops');
    if (s.sign) q.set('sign', s.sign);
    if (s.peer) q.set('peer', '1');
    writeFilters(q, s);
    if (s.show !== 10) q.set('show', String(s.show));
  }
  if (s.path != null) q.set('path', String(s.path));
  if (s.edge) q.set('edge', s.edge);
  else if (s.node) q.set('node', s.node);
  s.expand.forEach((e) => q.append('expand', e.limit === 15 ? e.id : `${e.id}:${e.limit}`));
  s.hide.forEach((h) => q.append('hide', h));
  if (s.pair) q.set('pair', s.pair);
  if (s.view === 'console') {
    q.set('view', 'console');
    if (s.q) q.set('q', s.q);
    if (s.params && s.params.trim() && s.params.trim() !== '{}') q.set('params', s.params);
  }
  const str = q.toString();
  return str ? `?${str}` : '';
}

/** Records a new state as a history entry, unless it is the one already shown. */
export function pushState(s) {
  const search = toSearch(s);
  if (search === location.search) return false;
  history.pushState(null, '', `${location.pathname}${search}`);
  return true;
}

export function replaceState(s) {
  history.replaceState(null, '', `${location.pathname}${toSearch(s)}`);
}
