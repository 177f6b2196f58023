// The Cypher console's state and fetching: runs a query (one at a time: a new run aborts the one
// in flight), keeps the last answer, draws its graph in the shared graph view while the console
// is the active view, and opens the panel of whatever node or relationship is clicked, in the
// graph or in the table. URL state (view, q, params) stays with controller.js: this module
// reports text changes through onText.

import * as api from './api.js';
import { describeConsoleError } from './consoleErrors.js';
import { indexGraphValues, isEffectId, isPaperId, nodeLabel } from './consoleFormat.js';
import { NODE_TYPES } from './graphStyle.js';

const TEXT_DELAY = 300; // ms of quiet typing before the URL follows the editor

/**
 * @param v { view (consoleView), graph, details, history (consoleHistory), graphInfo(info),
 *            loadEvidence(id) → {data, paperTitles}, loadEntity(id), onText({q, params}),
 *            toExplorer({expand?, useAs?}) }
 */
export function createConsoleController(v) {
  let active = false, answer = null, index = indexGraphValues([]);
  let selection = { node: null, edge: null };
  const hidden = new Set();
  let running = null, detailsToken = 0, examplesState = 'none', textTimer = 0;
  const paperCache = new Map();

  function graphData() {
    const g = answer?.graph || { nodes: [], links: [] };
    const nodes = g.nodes.filter((n) => !hidden.has(n.id));
    const ids = new Set(nodes.map((n) => n.id));
    const links = g.links.filter((l) => ids.has(l.source) && ids.has(l.target))
      .map((l) => ({ ...l, polarity: l.polarity || 'neutral' }));
    return { nodes, links };
  }

  function drawGraph() {
    if (!active) return;
    const data = graphData();
    v.graph.clearHighlight();
    v.graph.setData(data);
    v.graph.setSelection(selection);
    v.graphInfo({ ran: !!answer, nodes: data.nodes.length, links: data.links.length, hidden: hidden.size });
  }

  function loadExamples() {
    if (examplesState === 'loading' || examplesState === 'loaded') return;
    examplesState = 'loading';
    api.getCypherExamples()
      .then((list) => { examplesState = 'loaded'; v.view.examples(list); })
      .catch((err) => { examplesState = 'failed'; v.view.examples([], `The examples could not be loaded (${err.message}).`); });
  }

  const renderHistory = (list = v.history.list()) => v.view.history(list);

  function textChanged(now = false) {
    clearTimeout(textTimer);
    const send = () => v.onText({ q: v.view.query(), params: v.view.paramsText() });
    if (now) send(); else textTimer = setTimeout(send, TEXT_DELAY);
  }

  async function run() {
    const query = v.view.query();
    if (!query.trim()) {
      v.view.error({ title: 'Nothing to run', message: 'Write a Cypher query in the editor, or pick one of the examples.' });
      return;
    }
    const params = v.view.readParams();
    if (params.error) {
      v.view.error({ title: 'The parameters are not valid', message: params.error, detail: 'Nothing was sent. Use {} when the query has no $parameters.' });
      return;
    }
    running?.abort();
    const mine = running = new AbortController();
    v.view.error(null);
    v.view.busy(true);
    textChanged(true);
    renderHistory(v.history.add(query, v.view.paramsText().trim() || '{}'));
    let failed = false;
    try {
      const result = await api.runCypher({ query, params: params.value }, mine.signal);
      if (mine !== running) return;
      answer = result;
      index = indexGraphValues(result.rows || []);
      hidden.clear();
      selection = { node: null, edge: null };
      v.view.result(result);
      drawGraph();
      renderDetails();
    } catch (err) {
      if (err.name === 'AbortError' || mine !== running) return;
      failed = true;
      v.view.error(describeConsoleError(err, query), { onRetry: run });
    } finally {
      if (mine === running) {
        running = null;
        v.view.busy(false);
        if (failed && answer) v.view.previous();
      }
    }
  }

  function cancel() {
    if (!running) return;
    running.abort();
    running = null;
    v.view.busy(false);
    v.view.error({ title: 'Cancelled', message: 'The browser stopped waiting for this query; the server ends it at its time limit.' });
  }

  function select(next) {
    selection = next;
    if (active) v.graph.setSelection(selection);
    renderDetails();
  }

  async function renderDetails() {
    const mine = ++detailsToken;
    if (!active) return;
    const { node, edge } = selection;
    const raw = node ? index.nodes.get(node) : edge ? index.relationships.get(edge) : null;
    try {
      if (edge && isEffectId(edge)) {
        v.details.loading('Loading the evidence…');
        const { data, paperTitles } = await v.loadEvidence(edge);
        if (mine === detailsToken) v.details.evidence(data, paperTitles);
      } else if (edge) {
        if (raw) v.details.properties(raw);
        else v.details.failedWith('This relationship is not in the current result.');
      } else if (node) {
        const type = answer?.graph?.nodes.find((n) => n.id === node)?.type || (raw && nodeLabel(raw));
        // Only a node stored with an id property is served by the API (db.schema.visualization,
        // for one, returns made-up nodes labelled Drug, Paper…).
        const stored = !raw || raw.properties?.id === node;
        if (!stored) v.details.properties(raw);
        else if (isPaperId(node) || type === 'Paper') {
          v.details.loading('Loading the paper…');
          if (!paperCache.has(node)) paperCache.set(node, api.getPaper(node).catch((err) => { paperCache.delete(node); throw err; }));
          const data = await paperCache.get(node);
          if (mine === detailsToken) v.details.paper(data);
        } else if (raw?.labels?.includes('Entity') || NODE_TYPES.includes(type)) {
          v.details.loading('Loading the entity…');
          const entity = await v.loadEntity(node);
          if (mine === detailsToken) v.details.entity(entity, null);
        } else if (raw) v.details.properties(raw);
        else v.details.failedWith('This node is not in the current result.');
      } else v.details.intro('console');
    } catch (err) {
      if (mine !== detailsToken) return;
      // Not served by the API (a node or relationship the query made up, say): show what the query returned.
      if (err.status === 404 && raw) v.details.properties(raw);
      else v.details.failedWith(`Could not load these details: ${err.message}.`);
    }
  }

  return {
    run,
    cancel,
    /** The console became the shown view; state holds the URL's q, params and run. */
    activate({ q, params, run: runNow }) {
      if (q !== undefined && q !== v.view.query()) v.view.setQuery(q);
      if (params !== undefined && (params || '{}') !== v.view.paramsText()) v.view.setParams(params);
      if (!active) {
        active = true;
        if (!answer) v.view.result(null);
        drawGraph();
        renderDetails();
        renderHistory();
      }
      loadExamples();
      if (runNow) run();
    },
    deactivate() { active = false; detailsToken++; },
    isActive: () => active,
    textChanged: () => textChanged(false),
    pickExample(x) {
      v.view.setQuery(x.query);
      v.view.setParams('{}');
      run();
    },
    pickHistory(h) {
      v.view.setQuery(h.query);
      v.view.setParams(h.params || '{}');
      v.view.error(null);
      textChanged(true);
      v.view.focusEditor();
    },
    clearHistory: () => renderHistory(v.history.clear()),
    openNode: (id) => select({ node: id, edge: null }),
    openEdge: (id) => select({ node: null, edge: id }),
    closeDetails: () => select({ node: null, edge: null }),
    hide(id) {
      hidden.add(id);
      if (selection.node === id) selection = { node: null, edge: null };
      drawGraph();
      renderDetails();
    },
    unhideAll() { hidden.clear(); drawGraph(); },
    /** Links of the shown graph that are effects, for the BibTeX export. */
    shownEffectIds: () => graphData().links.map((l) => l.id).filter(isEffectId),
  };
}
