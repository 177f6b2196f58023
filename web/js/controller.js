// Page state and its synchronisation. The URL state (urlState.js) is the single source of truth:
// every user action becomes a new state, pushed to history, then `sync` makes the page match it
// (query, graph, highlight, panel). popstate and shared links go through the same `sync`.
// The state also says which view is shown: while it is the Cypher console (consoleController.js
// via v.consoleMode), the explorer leaves the graph and the details panel to it, and redraws its
// own when the explorer is shown again.

import * as api from './api.js';
import { buildGraph, pathMembers, pairMembers } from './graphModel.js';
import { readUrl, pushState, replaceState } from './urlState.js';
import { describeError, describeEmpty, describeOk, namedIn, asSentence } from './messages.js';
import { NO_FILTERS, FILTER_PARAMETERS, countFilters, requestFilters } from './pathFilters.js';

export function createController(v) {
  let state = readUrl();
  let loadedKey = null, pathRequest = null, pathAnswer = null, token = 0, shownSignature = '';
  let pairAnswer = null; // the effect answer of the contradiction drawn whole (state.pair)
  const neighbourCache = new Map(), effectCache = new Map(), entityCache = new Map();
  const paperTitles = new Map();
  let filters = { hiddenTypes: null, relations: null };

  const queryKey = (s) => (s.from && s.to
    ? JSON.stringify([s.from, s.via, s.to, s.maxHops, s.rank, s.sign, s.peer, requestFilters(s), s.show]) : '');

  function navigate(patch) {
    state = { ...state, ...patch };
    pushState(state);
    return sync();
  }

  function remember(edge) {
    edge.citations.forEach((c) => {
      paperTitles.set(c.paperId, c.title);
      if (c.reports) paperTitles.set(c.reports.id, c.reports.title);
    });
  }

  async function cached(cache, key, load) {
    if (!cache.has(key)) cache.set(key, load().catch((err) => { cache.delete(key); throw err; }));
    return cache.get(key);
  }

  async function sync() {
    const mine = ++token;
    const s = state;
    v.setView(s.view);
    if (s.view === 'console') {
      shownSignature = ''; // the console draws over the graph: redraw the explorer's on return
      v.consoleMode.activate({ q: s.q, params: s.params, run: s.run });
      state.run = false; // run=1 runs once, when the page opens
      return;
    }
    v.consoleMode.deactivate();
    const key = queryKey(s);
    try {
      if (key !== loadedKey) {
        v.pathForm.setValues(s);
        loadedKey = key;
        pathAnswer = null;
        // A sync started while this query is still loading awaits the same request.
        pathRequest = key ? api.findPaths({ from: s.from, via: s.via, to: s.to, maxHops: s.maxHops, limit: s.show,
          rank: s.rank, sign: s.sign, sourceKind: s.peer ? 'peer-reviewed article' : undefined, ...requestFilters(s) }) : null;
        if (key) {
          const n = countFilters(s);
          v.status.loading(`Finding paths from “${s.from}”${s.via.map((x) => ` via “${x}”`).join('')} to “${s.to}” within ${s.maxHops} hops${n ? ` with ${n} filter${n === 1 ? '' : 's'}` : ''}…`);
          v.renderPaths([]);
        }
      }
      if (pathRequest && !pathAnswer) {
        const answer = await pathRequest;
        if (mine !== token) return;
        pathAnswer = answer;
        pathAnswer.paths.forEach((p) => p.edges.forEach(remember));
      }
      const expansions = await Promise.all(s.expand.map((x) =>
        cached(neighbourCache, `${x.id}:${x.limit}`, () => api.getNeighbours(x.id, { limit: x.limit }))));
      const pair = s.pair ? (await loadEvidence(s.pair)).data : null;
      if (mine !== token) return;
      pairAnswer = pair;
      v.pairShown?.(s.pair);
      renderGraph(expansions, pathAnswer && !pathAnswer.paths.length ? 'no-path' : null);
      const paths = pathAnswer?.paths || [];
      v.renderPaths(paths, s.path, pathAnswer);
      // A chosen pair stands out only among other nodes: alone, its own colours say more.
      const pairAmongOthers = pair && v.graph.data().nodes.length > 2;
      const members = s.path != null ? pathMembers(paths[s.path]) : pairAmongOthers ? pairMembers(pair) : null;
      if (members) v.graph.highlight(members.nodes, members.edges); else v.graph.clearHighlight();
      v.graph.setSelection({ node: s.node, edge: s.edge });
      if (pathAnswer && !paths.length) v.status.empty(...describeEmpty(pathAnswer, s, actions));
      else v.status.ok(...describeOk({ pathAnswer, state: s, expansions, pair }));
      await renderDetails(s, expansions, mine);
    } catch (err) {
      if (mine !== token) return;
      if (key && key === loadedKey && !pathAnswer) {
        loadedKey = null; // let a retry run the query again
        renderGraph([], 'error');
        if (err.parameter) v.pathForm.markInvalid(err.parameter, namedIn(err), asSentence(err.message));
      }
      if (s.edge || s.node) v.details.failed(); else v.details.intro();
      v.status.error(...describeError(err, s, actions));
    }
  }

  function renderGraph(expansions, reason = null) {
    const data = buildGraph({ paths: pathAnswer?.paths, expansions, pairs: pairAnswer ? [pairAnswer] : [], hidden: state.hide, ...filters });
    // Re-seeding the layout on every selection change would make the graph jump: only feed
    // the view when the set of shown nodes and links actually changed.
    const signature = `${data.nodes.map((n) => n.id).join()}|${data.links.map((l) => `${l.id}${l.contested ? '!' : ''}`).join()}`;
    if (signature !== shownSignature) { shownSignature = signature; v.graph.setData(data); }
    v.graphInfo({ nodes: data.nodes.length, links: data.links.length, hidden: state.hide.length, total: data.total, reason });
  }

  /** An effect's evidence; each piece names its source and, for a report, the work it reports. */
  async function loadEvidence(id) {
    const data = await cached(effectCache, id, () => api.getEffect(id));
    [data.effect, ...data.samePair].forEach(remember);
    return { data, paperTitles };
  }

  const loadEntity = (id) => cached(entityCache, id, () => api.getEntity(id));

  async function renderDetails(s, expansions, mine) {
    if (s.edge) {
      v.details.loading('Loading the evidence…');
      const { data } = await loadEvidence(s.edge);
      if (mine === token) v.details.evidence(data, paperTitles);
    } else if (s.node) {
      v.details.loading('Loading the entity…');
      const entity = await loadEntity(s.node);
      const x = s.expand.find((e) => e.id === s.node);
      const answer = x && expansions[s.expand.indexOf(x)];
      // total counts effects (a neighbour can be linked twice), so `shown` counts links too.
      const expansion = answer ? { limit: x.limit, shown: answer.links.length, neighbours: answer.nodes.length, total: answer.total } : null;
      if (mine === token) v.details.entity(entity, expansion);
    } else v.details.intro();
  }

  /**
   * The shown graph (filters and hidden nodes applied) as an export asks for it: its entities,
   * its effects, and a name saying what it is ("ketamine via MOR to BDNF").
   */
  function exportSelection() {
    const data = v.graph.data();
    // Only entities and effects are exported; the console can also draw papers and other relationships.
    const nodes = data.nodes.filter((n) => n.type !== 'Paper').map((n) => n.id);
    const edges = data.links.filter((l) => /^[^|]+\|[A-Z][A-Z0-9_]*\|[^|]+$/.test(l.id)).map((l) => l.id);
    return { nodes, edges, name: exportName() };
  }

  function exportName() {
    const s = state;
    if (s.view === 'console') return 'Cypher console result';
    const parts = [];
    if (s.from && s.to) parts.push([s.from, ...s.via.map((x) => `via ${x}`), `to ${s.to}`].join(' '));
    if (s.expand.length) parts.push(`neighbours of ${s.expand.map((x) => x.id).join(', ')}`);
    if (s.pair) parts.push(s.pair.split('|').filter((_, i) => i !== 1).join(' and '));
    return parts.join(' and ') || 'graph';
  }

  const actions = {
    retry: () => sync(),
    query: (values) => navigate({ ...values, path: null, edge: null, node: null, expand: [], hide: [], pair: null }),
    fillAndRun: (parameter, wrongName, value) => {
      const field = v.pathForm.fieldFor(parameter, wrongName);
      if (field) field.value = value;
      v.submitForm();
    },
    maxHops: (n) => navigate({ maxHops: n, path: null, edge: null, node: null }),
    /** Drops every hop filter, or only the one `parameter` names. */
    clearFilters: (parameter) => navigate({ ...(FILTER_PARAMETERS.includes(parameter) ? { [parameter]: NO_FILTERS[parameter] } : NO_FILTERS),
      path: null, edge: null, node: null }),
    morePaths: () => navigate({ show: Math.min(100, state.show + 10) }),
    dropVia: (i) => navigate({ via: state.via.filter((_, j) => j !== i), path: null, edge: null, node: null }),
    selectPath: (i) => navigate({ path: state.path === i ? null : i }),
    openHop: (i, edgeId) => navigate({ path: i, edge: edgeId, node: null }),
    openEdge: (id) => navigate({ edge: id, node: null }),
    openNode: (id) => navigate({ node: id, edge: null }),
    /** A contested pair from the Contradictions list: draw it whole and open both sides' evidence. */
    openContradiction: (c) => navigate({ pair: c.positive[0].id, edge: c.positive[0].id, node: null, path: null }),
    closeDetails: () => navigate({ node: null, edge: null }),
    exploreEntity: (id) => navigate({ node: id, edge: null,
      expand: state.expand.some((x) => x.id === id) ? state.expand : [...state.expand, { id, limit: 15 }] }),
    expand: (id, limit) => navigate({ expand: [...state.expand.filter((x) => x.id !== id), { id, limit }] }),
    hide: (id) => navigate({ hide: [...new Set([...state.hide, id])], node: state.node === id ? null : state.node }),
    unhideAll: () => navigate({ hide: [] }),
    setFilters: async (f) => {
      filters = f;
      if (state.view === 'console') { shownSignature = ''; return; } // applied when the explorer is shown again
      const expansions = await Promise.all(state.expand.map((x) => neighbourCache.get(`${x.id}:${x.limit}`)).filter(Boolean));
      renderGraph(expansions);
    },
    setView: (view) => navigate({ view }),
    /** The console's text changed: the URL follows without a history entry per keystroke or run. */
    consoleText: ({ q, params }) => {
      state = { ...state, q, params };
      replaceState(state);
    },
    /** From a console panel into the explorer: pull in a node's neighbours, or only switch view. */
    exploreFromConsole: (id, limit = 15) => navigate({ view: 'explorer', node: id, edge: null,
      expand: [...state.expand.filter((x) => x.id !== id), { id, limit }] }),
  };

  window.addEventListener('popstate', () => { state = readUrl(); sync(); });

  return {
    actions,
    state: () => state,
    exportSelection,
    loadEvidence,
    loadEntity,
    start: () => { replaceState(state); return sync(); },
  };
}
