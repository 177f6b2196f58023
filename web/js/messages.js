// The words of the status line: what happened, and the buttons that get the user out of it.
// Each function returns [message, options] for status.show; none of them touch the DOM.

import { typeName } from './graphStyle.js';
import { countFilters, describeFilters } from './pathFilters.js';

const quoted = (s) => `“${s}”`;

/** The name an error message quotes ("no entity is called 'ketamin'"), or ''. */
export const namedIn = (err) => /'([^']*)'/.exec(err.body?.message || '')?.[1] || '';

/** The fields of "More filters" as the form labels them, by the parameter an error names. */
const FILTER_FIELDS = {
  minSources: 'Independent sources per hop', relation: 'Relations a hop may have', type: 'Types between the stops',
  exclude: 'Exclude entities', yearFrom: 'Evidence from (year)', yearTo: 'Evidence to (year)', species: 'Evidence in species',
};

export function describeOk({ pathAnswer, state, expansions, pair }) {
  if (pathAnswer) {
    const n = pathAnswer.paths.length;
    const total = pathAnswer.total ?? n;
    const via = pathAnswer.via?.length ? ` via ${pathAnswer.via.map((x) => x.name).join(', ')}` : '';
    const pick = state.path == null ? ' Choose one to highlight it in the graph.' : '';
    const count = total > n ? `${n} of ${pathAnswer.partial ? 'at least ' : ''}${total} paths` : `${n} path${n === 1 ? '' : 's'}`;
    const order = pathAnswer.rank === 'hops' ? 'shortest first' : 'best supported first';
    const f = countFilters(state);
    const filtered = f ? `, ${f} filter${f === 1 ? '' : 's'} set` : '';
    return [`${count} from ${pathAnswer.from.name}${via} to ${pathAnswer.to.name} within ${pathAnswer.maxHops} hops${filtered}, ${order}.${pick}`];
  }
  if (pair) {
    const contested = [pair.effect, ...pair.samePair].some((e) => e.disagreements?.length);
    return [`${contested ? 'Sources disagree on' : 'Showing every effect between'} ${pair.subject.name} and ${pair.object.name}: both are drawn, their claims side by side in the panel.`];
  }
  if (expansions.length) {
    const last = expansions[expansions.length - 1];
    return [`Showing ${last.center.name} with ${last.links.length} of ${last.total} connections (${last.nodes.length} neighbours), best supported first.`];
  }
  if (state.node || state.edge) return ['Details loaded.'];
  return ['Ready. Search for an entity, or trace a path between two.'];
}

export function describeEmpty(answer, state, actions) {
  const via = answer.via?.length ? ` via ${answer.via.map((x) => x.name).join(', ')}` : '';
  const filters = countFilters(state);
  const message = `No path from ${answer.from.name}${via} to ${answer.to.name} within ${answer.maxHops} hops`
    + `${filters ? ` that passes the filters (${describeFilters(state).join('; ')})` : ''}.`;
  const list = [];
  // Filters are the likeliest reason, and clearing them the quickest way back to the paths.
  if (filters) list.push({ label: `Clear ${filters === 1 ? 'the filter' : `the ${filters} filters`}`, onClick: () => actions.clearFilters() });
  if (answer.maxHops < 6) list.push({ label: `Try maxHops=${answer.maxHops + 1}`, onClick: () => actions.maxHops(answer.maxHops + 1) });
  state.via.forEach((name, i) => list.push({ label: `Drop via ${answer.via?.[i]?.name || name}`, onClick: () => actions.dropVia(i) }));
  const detail = filters ? `Filters are active under “More filters”: clear them, or loosen one${answer.maxHops < 6 ? ', or allow more hops' : ''}.`
    : answer.hint ? `${capitalise(answer.hint)}.` : 'Try more hops, fewer via stops, or a related entity.';
  return [message, { detail, actions: list }];
}

export function describeError(err, state, actions) {
  if (err.name !== 'ApiError') {
    return [`Something went wrong in the page: ${err.message}`, { actions: [{ label: 'Retry', onClick: actions.retry }] }];
  }
  if (err.status === 0 || err.status >= 500) {
    const what = err.status === 0 ? 'The mechgraph server could not be reached' : `The mechgraph server failed (status ${err.status})`;
    return [`${what}. Your query is kept; check the server and try again.`,
      { detail: err.status ? capitalise(err.message) : 'The network request did not get an answer.', actions: [{ label: 'Retry', onClick: actions.retry }] }];
  }
  if (err.status === 404 && ['from', 'to', 'via', 'exclude'].includes(err.parameter)) {
    const wrong = namedIn(err);
    const suggestions = err.suggestions.slice(0, 5).map((hit) => ({
      label: hit.name, title: `${hit.name} (${typeName(hit.type)})`,
      onClick: () => actions.fillAndRun(err.parameter, wrong, hit.name),
    }));
    const field = { via: 'via stop', exclude: `${quoted(FILTER_FIELDS.exclude)} filter` }[err.parameter] || `${err.parameter} field`;
    const message = `No entity is called ${quoted(wrong)} (the ${field}).`;
    const clear = err.parameter === 'exclude' ? [{ label: `Clear ${quoted(FILTER_FIELDS.exclude)}`, onClick: () => actions.clearFilters('exclude') }] : [];
    return [message, { suggestions, actions: clear, detail: suggestions.length ? null : 'Check the spelling, or type a few letters and pick from the list.' }];
  }
  if (err.status === 400 && FILTER_FIELDS[err.parameter]) {
    return [`The filter ${quoted(FILTER_FIELDS[err.parameter])} cannot be used: ${withFullStop(err.message)}`, {
      detail: err.allowed ? `Allowed: ${err.allowed}.` : null,
      actions: [{ label: `Clear ${quoted(FILTER_FIELDS[err.parameter])}`, onClick: () => actions.clearFilters(err.parameter) }],
    }];
  }
  if (err.status === 404) {
    return [`Not found: ${err.message}`, { detail: 'The link may be out of date.', actions: [{ label: 'Close the panel', onClick: actions.closeDetails }] }];
  }
  if (err.status === 400) {
    return [`That query is not valid: ${err.message}`, { detail: err.allowed ? `Allowed: ${err.allowed}.` : null }];
  }
  return [err.message, { actions: [{ label: 'Retry', onClick: actions.retry }] }];
}

function capitalise(s) { return s ? s[0].toUpperCase() + s.slice(1) : s; }

const withFullStop = (s) => (/[.?!]$/.test(s) ? s : `${s}.`);

/** An API message standing alone: a full stop, and a capital unless it starts with a name such as yearTo or 'BDNX'. */
export function asSentence(s) {
  const text = withFullStop(s);
  return /^[a-z]+\b/.test(text) ? capitalise(text) : text;
}
