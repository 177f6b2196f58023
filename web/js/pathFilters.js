// The hop filters of a path query, named as GET /api/paths names them: the values that filter
// nothing, how many a query sets, the few words that say what they keep, and their form in the
// URL, which is also the request's, so a shared link asks the API what the page asked. No DOM here.

import { NODE_TYPES, typeName } from './graphStyle.js';

/** Every filter at the value that keeps every path. */
export const NO_FILTERS = Object.freeze({
  minSources: 1, relation: Object.freeze([]), type: Object.freeze([]), exclude: Object.freeze([]),
  yearFrom: null, yearTo: null, species: '',
});

export const FILTER_PARAMETERS = Object.keys(NO_FILTERS);

const isSet = (name, value) => (Array.isArray(value) ? value.length > 0
  : value != null && value !== '' && value !== NO_FILTERS[name]);

/** The filters `s` sets, by parameter name (each of the two years counts on its own). */
export function setFilters(s) {
  return FILTER_PARAMETERS.filter((name) => isSet(name, s[name]));
}

export const countFilters = (s) => setFilters(s).length;

/** The filters of `q` (URLSearchParams); a list may repeat its parameter, separate values by commas, or both. */
export function readFilters(q) {
  const listed = (name) => [...new Set(q.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  const int = (name) => {
    const n = Number.parseInt(q.get(name), 10);
    return Number.isFinite(n) ? n : null;
  };
  return {
    minSources: int('minSources') ?? 1,
    relation: [...new Set(listed('relation').map((r) => r.toLowerCase().replace(/ /g, '_')))],
    type: [...new Set(listed('type').map((t) => NODE_TYPES.find((known) => known.toLowerCase() === t.toLowerCase()) || t))],
    exclude: listed('exclude'),
    yearFrom: int('yearFrom'),
    yearTo: int('yearTo'),
    species: (q.get('species') || '').trim(),
  };
}

/** Appends the filters `s` sets to `q`: lists as repeated parameters, nothing for a filter left open. */
export function writeFilters(q, s) {
  setFilters(s).forEach((name) => [].concat(s[name]).forEach((v) => q.append(name, String(v))));
}

/** The filters as findPaths sends them: only those set, so an unfiltered query is the plain one. */
export function requestFilters(s) {
  return Object.fromEntries(setFilters(s).map((name) => [name, s[name]]));
}

const words = (list) => (list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : list[0]);

/** What the set filters keep, as short phrases ("at least 2 independent sources per hop", "excluding BDNF"). */
export function describeFilters(s) {
  const out = [];
  if (isSet('minSources', s.minSources)) out.push(`at least ${s.minSources} independent sources per hop`);
  if (s.relation?.length) out.push(`relations: ${words(s.relation.map((r) => r.replace(/_/g, ' ')))}`);
  if (s.type?.length) out.push(`between the stops: ${words(s.type.map((t) => typeName(t).toLowerCase()))}`);
  if (s.exclude?.length) out.push(`excluding ${words(s.exclude)}`);
  if (s.yearFrom != null && s.yearTo != null) out.push(`evidence from ${s.yearFrom}–${s.yearTo}`);
  else if (s.yearFrom != null) out.push(`evidence from ${s.yearFrom} on`);
  else if (s.yearTo != null) out.push(`evidence up to ${s.yearTo}`);
  if (s.species) out.push(`species: ${s.species}`);
  return out;
}
