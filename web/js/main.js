// Page wiring: builds the views on their elements and connects their events to the controller.
// Views render; the controller owns state and fetching. Two views share the graph and the details
// panel: the explorer (controller.js) and the Cypher console (consoleController.js); graph and
// panel events go to whichever is shown.

import * as api from './api.js';
import { createGraphView } from './graph.js';
import { attachAutocomplete } from './search.js';
import { createPathForm } from './pathForm.js';
import { renderPathList } from './pathList.js';
import { createDetailsView } from './detailsView.js';
import { createStatus } from './status.js';
import { renderFilters, renderLegend } from './filters.js';
import { typesIn } from './graphStyle.js';
import { createController } from './controller.js';
import { exportSvg, exportPng, download } from './exporter.js';
import { keyOf } from './imageKey.js';
import { attachExportMenu } from './exportMenu.js';
import { createConsoleView } from './consoleView.js';
import { createConsoleController } from './consoleController.js';
import { createHistory } from './consoleHistory.js';
import { attachSplitter } from './splitter.js';
import { createExplainPanel } from './explainPanel.js';
import { createContradictionsView } from './contradictionsView.js';
import { NO_FILTERS } from './pathFilters.js';

const $ = (sel) => document.querySelector(sel);
const source = async (text) => (await api.searchEntities(text, 8)).hits;

let controller, consoleCtl;
const act = (name) => (...args) => controller.actions[name](...args);
const inConsole = () => controller.state().view === 'console';
// An event the explorer and the console both handle goes to the one shown.
const route = (explorer, console) => (...args) => (inConsole() ? console(...args) : explorer(...args));

const status = createStatus($('#status'));
const form = $('#path-form');
const pathForm = createPathForm(form, {
  source,
  onSubmit: (values, { incomplete }) => {
    if (incomplete) status.error('Enter both a “from” and a “to” entity, then press Enter or Find paths.');
    else controller.actions.query(values);
  },
});

attachAutocomplete($('#search-input'), {
  source, listId: 'search-results', listClass: 'search-list', enterPicksFirst: true,
  onSelect: (hit) => controller.actions.exploreEntity(hit.id),
});

const graph = createGraphView($('#graph'), {
  onNodeClick: route((d) => controller.actions.openNode(d.id), (d) => consoleCtl.openNode(d.id)),
  onEdgeClick: route((d) => controller.actions.openEdge(d.id), (d) => consoleCtl.openEdge(d.id)),
});

const useAs = (field, name) => {
  const input = field === 'from' ? $('#path-from') : $('#path-to');
  input.value = name;
  input.focus();
};
const details = createDetailsView($('#details'), {
  onClose: route(act('closeDetails'), () => consoleCtl.closeDetails()),
  onEntity: route(act('openNode'), (id) => consoleCtl.openNode(id)),
  onEffect: route(act('openEdge'), (id) => consoleCtl.openEdge(id)),
  onPaper: (id) => consoleCtl.openNode(id),
  // Expanding neighbours is the explorer's job: from the console it opens the explorer on that node.
  onExpand: route(act('expand'), (id, limit) => controller.actions.exploreFromConsole(id, limit)),
  onHide: route(act('hide'), (id) => consoleCtl.hide(id)),
  onUseAs: route(useAs, async (field, name) => { await controller.actions.setView('explorer'); useAs(field, name); }),
});

// The key lists the node types drawn now, in the explorer and the console alike.
const showKey = () => renderLegend($('#legend'), typesIn(graph.data().nodes),
  { contested: graph.data().links.some((l) => l.contested) });

const EMPTY_TITLE = { 'no-path': 'No path to draw', error: 'Nothing to draw' };
function graphInfo({ nodes, links, hidden, total, reason }) {
  showKey();
  $('#graph-info').textContent = nodes ? `${nodes} nodes · ${links} edges` : '';
  $('#graph-empty').hidden = nodes > 0;
  // Say why the graph is empty: nothing asked yet, a query that found nothing, or all filtered out.
  const filtered = !nodes && total?.nodes > 0;
  $('#graph-empty h2').textContent = filtered ? 'Everything shown is filtered out' : EMPTY_TITLE[reason] || 'Nothing in the graph yet';
  $('#graph-empty p').textContent = filtered ? 'Tick node types or relations again under “Show in graph”, or show hidden nodes.'
    : reason ? 'The message on the left says what happened and what to try. Or start from one of these:'
      : 'Trace a path on the left, search an entity, or start from one of these:';
  const showHidden = $('#show-hidden');
  showHidden.hidden = hidden === 0;
  showHidden.textContent = `Show ${hidden} hidden`;
}

function consoleGraphInfo({ ran, nodes, links, hidden }) {
  showKey();
  $('#graph-info').textContent = ran ? `${nodes} nodes · ${links} edges` : '';
  const empty = $('#console-graph-empty');
  empty.hidden = nodes > 0;
  empty.querySelector('h2').textContent = !ran ? 'Nothing drawn yet' : hidden ? 'Every node is hidden' : 'Nothing to draw';
  empty.querySelector('p').textContent = !ran ? 'Run a query: the nodes and relationships it returns are drawn here.'
    : hidden ? 'Use “Show hidden” above the graph to bring them back.'
      : 'There are no nodes or relationships in this result; its rows are in the table below.';
  const showHidden = $('#console-show-hidden');
  showHidden.hidden = !hidden;
  showHidden.textContent = `Show ${hidden} hidden`;
}

// The view tabs: a tablist (arrow keys move between the tabs and choose one).
const tabs = [$('#view-explorer'), $('#view-console')];
function setView(view) {
  document.documentElement.dataset.view = view;
  tabs.forEach((tab) => {
    const on = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
  });
  document.title = view === 'console' ? 'Cypher console — mechgraph' : 'mechgraph — literature mechanism graph explorer';
}
tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => controller.actions.setView(tab.dataset.view));
  tab.addEventListener('keydown', (e) => {
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length];
    target.focus();
    controller.actions.setView(target.dataset.view);
  });
});

const consoleView = createConsoleView({ panel: $('#console-panel'), results: $('#console-results') }, {
  onRun: () => consoleCtl.run(),
  onCancel: () => consoleCtl.cancel(),
  onExample: (x) => consoleCtl.pickExample(x),
  onHistory: (h) => consoleCtl.pickHistory(h),
  onClearHistory: () => consoleCtl.clearHistory(),
  onChange: () => consoleCtl.textChanged(),
  onNode: (node) => consoleCtl.openNode(node.id),
  onRelationship: (rel) => consoleCtl.openEdge(rel.id),
});
consoleCtl = createConsoleController({
  view: consoleView, graph, details, history: createHistory(), graphInfo: consoleGraphInfo,
  loadEvidence: (id) => controller.loadEvidence(id),
  loadEntity: (id) => controller.loadEntity(id),
  onText: (text) => controller.actions.consoleText(text),
});
attachSplitter($('#console-results .results-splitter'), { container: $('.layout'), property: '--results-h' });
$('#console-show-hidden').addEventListener('click', () => consoleCtl.unhideAll());

const explainPanel = createExplainPanel({ loadEffect: (id) => controller.loadEvidence(id).then((r) => r.data) });
const contradictions = createContradictionsView($('#contradictions'), {
  load: (page) => api.getContradictions(page),
  onChoose: (c) => controller.actions.openContradiction(c),
});

controller = createController({
  status, pathForm, graph, details, graphInfo, setView, pairShown: contradictions.setCurrent,
  consoleMode: { activate: (s) => consoleCtl.activate(s), deactivate: () => consoleCtl.deactivate() },
  renderPaths: (paths, selected = null, answer = null) => renderPathList($('#path-results'), {
    paths, selected, answer, onSelect: act('selectPath'), onHopClick: act('openHop'), onMore: act('morePaths'),
    onExplain: explainPanel.open,
  }),
  submitForm: () => form.requestSubmit(),
});

$('#fit-graph').addEventListener('click', () => graph.fit());
$('#show-hidden').addEventListener('click', act('unhideAll'));
document.querySelectorAll('.example-query').forEach((b) => b.addEventListener('click', () => {
  controller.actions.query({ from: b.dataset.from, via: b.dataset.via ? b.dataset.via.split(',') : [], to: b.dataset.to, maxHops: 4,
    rank: 'evidence', sign: '', peer: false, ...NO_FILTERS, show: 10 });
}));

// Exports act on what the graph shows right now (filters and hidden nodes applied). Images are
// drawn here, with their key; the data formats and the references are made by the server from
// the shown entities and effects, with the sources and licences of their evidence.
const stamp = () => new Date().toISOString().slice(0, 10);
const NOTHING = 'Nothing to export: the graph is empty. Trace a path or search an entity first.';
// Said beside the Export button, so it shows in the explorer and the console alike.
const exportStatus = (text, state = 'ok') => {
  const note = $('#export-status');
  note.textContent = text;
  note.dataset.state = state;
};

async function exportAs(item) {
  exportStatus('');
  const shown = graph.data();
  if (!shown.nodes.length) { exportStatus(NOTHING, 'empty'); return; }
  const key = keyOf(shown);
  if (item.id === 'export-svg') { exportSvg($('#graph'), `mechgraph-${stamp()}.svg`, { key }); return; }
  if (item.id === 'export-png') {
    await exportPng($('#graph'), `mechgraph-${stamp()}.png`, { key })
      .catch((err) => exportStatus(`The PNG could not be made: ${err.message}`, 'error'));
    return;
  }
  const selection = controller.exportSelection();
  if (!selection.nodes.length) { exportStatus(NOTHING, 'empty'); return; }
  const label = item.firstChild.textContent.trim();
  const toggle = $('#export-toggle');
  toggle.setAttribute('aria-busy', 'true');
  exportStatus(`Preparing ${label}…`, 'loading');
  try {
    const { blob, filename } = await api.exportGraph(item.dataset.format, selection);
    download(blob, filename);
    exportStatus('');
  } catch (err) {
    exportStatus(`The ${label} export could not be made: ${err.message}`, 'error');
  } finally { toggle.removeAttribute('aria-busy'); }
}
attachExportMenu($('#export-menu'), { onChoose: exportAs });

renderLegend($('#legend'));
api.getVocabulary()
  .then((vocabulary) => renderFilters($('#filters-body'), { vocabulary, onChange: act('setFilters') }))
  .catch(() => { $('#filters-body').textContent = 'Filters are unavailable: the relation vocabulary could not be loaded.'; });

controller.start();
// A shared link to a contradiction opens the list beside it.
if (controller.state().pair) contradictions.open();
