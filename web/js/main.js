// Page wiring: builds the views on their elements and connects their events to the controller.
// Views render; the controller owns state and fetching.

import * as api from './api.js';
import { createGraphView } from './graph.js';
import { attachAutocomplete } from './search.js';
import { createPathForm } from './pathForm.js';
import { renderPathList } from './pathList.js';
import { createDetailsView } from './detailsView.js';
import { createStatus } from './status.js';
import { renderFilters, renderLegend } from './filters.js';
import { createController } from './controller.js';
import { exportSvg, exportPng, exportJson, download } from './exporter.js';
import { toBibtex } from './bibtex.js';

const $ = (sel) => document.querySelector(sel);
const source = async (text) => (await api.searchEntities(text, 8)).hits;

let controller;
const act = (name) => (...args) => controller.actions[name](...args);

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
  onNodeClick: (d) => controller.actions.openNode(d.id),
  onEdgeClick: (d) => controller.actions.openEdge(d.id),
});

const details = createDetailsView($('#details'), {
  onClose: act('closeDetails'),
  onEntity: act('openNode'),
  onEffect: act('openEdge'),
  onExpand: act('expand'),
  onHide: act('hide'),
  onUseAs: (field, name) => {
    const input = field === 'from' ? $('#path-from') : $('#path-to');
    input.value = name;
    input.focus();
  },
});

const EMPTY_TITLE = { 'no-path': 'No path to draw', error: 'Nothing to draw' };
function graphInfo({ nodes, links, hidden, total, reason }) {
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

controller = createController({
  status, pathForm, graph, details, graphInfo,
  renderPaths: (paths, selected = null) => renderPathList($('#path-results'), {
    paths, selected, onSelect: act('selectPath'), onHopClick: act('openHop'),
  }),
  submitForm: () => form.requestSubmit(),
});

$('#fit-graph').addEventListener('click', () => graph.fit());
$('#show-hidden').addEventListener('click', act('unhideAll'));
document.querySelectorAll('.example-query').forEach((b) => b.addEventListener('click', () => {
  controller.actions.query({ from: b.dataset.from, via: b.dataset.via ? b.dataset.via.split(',') : [], to: b.dataset.to, maxHops: 4 });
}));

// Exports act on what the graph shows right now (filters and hidden nodes applied).
const stamp = () => new Date().toISOString().slice(0, 10);
$('#export-svg').addEventListener('click', () => exportSvg($('#graph'), `mechgraph-${stamp()}.svg`));
$('#export-png').addEventListener('click', () => exportPng($('#graph'), `mechgraph-${stamp()}.png`)
  .catch((err) => status.error(`The PNG could not be made: ${err.message}`)));
$('#export-json').addEventListener('click', () => exportJson(graph.data(), `mechgraph-${stamp()}.json`));
$('#export-bibtex').addEventListener('click', async () => {
  const button = $('#export-bibtex');
  button.disabled = true;
  try {
    const citations = await controller.shownCitations();
    if (!citations.length) { status.empty('No cited edges are shown, so there is nothing to export as BibTeX.'); return; }
    download(toBibtex(citations), `mechgraph-${stamp()}.bib`, 'application/x-bibtex');
  } catch (err) {
    status.error(`The BibTeX could not be made: ${err.message}`, { actions: [{ label: 'Retry', onClick: () => button.click() }] });
  } finally { button.disabled = false; }
});

renderLegend($('#legend'));
api.getVocabulary()
  .then((vocabulary) => renderFilters($('#filters-body'), { vocabulary, onChange: act('setFilters') }))
  .catch(() => { $('#filters-body').textContent = 'Filters are unavailable: the relation vocabulary could not be loaded.'; });

controller.start();
