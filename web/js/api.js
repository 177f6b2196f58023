// Every request mechgraph's browser makes goes through this module, so error handling is uniform:
// a non-2xx answer throws an ApiError carrying the API's JSON body (status, message, parameter,
// allowed, suggestions, and for the Cypher console code and position); a network failure throws
// an ApiError with status 0. An aborted request rejects with the browser's AbortError.

export class ApiError extends Error {
  constructor(status, body, cause) {
    super(body?.message || (status ? `request failed with status ${status}` : 'the mechgraph server could not be reached'));
    this.name = 'ApiError';
    this.status = status;
    this.body = body || {};
    this.parameter = this.body.parameter;
    this.suggestions = this.body.suggestions || [];
    this.allowed = this.body.allowed;
    this.code = this.body.code;
    this.position = this.body.position; // {line, column, offset} of a Cypher syntax error
    if (cause) this.cause = cause;
  }
  /** True when retrying later may help (server down or failing), as opposed to a bad request. */
  get transient() { return this.status === 0 || this.status >= 500; }
}

async function request(path, { method = 'GET', body, signal } = {}) {
  let response;
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, null, err);
  }
  let answer = null;
  try { answer = await response.json(); } catch (err) {
    if (err.name === 'AbortError') throw err;
    /* non-JSON body: keep null, status still tells */
  }
  if (!response.ok) throw new ApiError(response.status, answer);
  return answer;
}

const getJson = (path, signal) => request(path, { signal });

function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) q.append(key, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function searchEntities(q, limit = 8, signal) {
  return getJson(`/api/entities${query({ q, limit })}`, signal);
}

/** Paths from, via, to; `filters` are the hop filters /api/paths takes (minSources, relation, type, exclude…). */
export function findPaths({ from, via = [], to, maxHops, limit, rank, sign, sourceKind, ...filters }, signal) {
  return getJson(`/api/paths${query({ from, via, to, maxHops, limit, rank, sign: sign || undefined, sourceKind, ...filters })}`, signal);
}

export function getEntity(id, signal) {
  return getJson(`/api/entities/${encodeURIComponent(id)}`, signal);
}

export function getNeighbours(id, { limit = 15, type } = {}, signal) {
  return getJson(`/api/entities/${encodeURIComponent(id)}/neighbours${query({ limit, type })}`, signal);
}

export function getEffect(id, signal) {
  return getJson(`/api/effects/${encodeURIComponent(id)}`, signal);
}

/** Pairs sources disagree on: {total, offset, limit, entity, contradictions: [{subject, object, positive, negative}]}. */
export function getContradictions({ entity, offset, limit } = {}, signal) {
  return getJson(`/api/contradictions${query({ entity, offset, limit })}`, signal);
}

// Paper ids contain a slash (doi:10.1176/...) that the server expects verbatim, so encode each segment only.
export function getPaper(id, signal) {
  return getJson(`/api/papers/${id.split('/').map(encodeURIComponent).join('/')}`, signal);
}

export function getVocabulary(signal) {
  return getJson('/api/vocabulary', signal);
}

/** The console's example queries: [{title, query}]. */
export function getCypherExamples(signal) {
  return getJson('/api/cypher/examples', signal);
}

/** Runs read-only Cypher: {columns, rows, graph, summary, truncated}; refusals and errors throw ApiError. */
export function runCypher({ query: text, params = {} }, signal) {
  return request('/api/cypher', { method: 'POST', body: { query: text, params }, signal });
}

/**
 * The given entities and effects as a file in `format` (one of /api/export's formats), made by
 * the server; answers { blob, filename } with the file name the server chose for it.
 */
export async function exportGraph(format, { nodes, edges, name }, signal) {
  let response;
  try {
    response = await fetch(`/api/export${query({ format })}`, {
      method: 'POST', signal, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ nodes, edges, name }),
    });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, null, err);
  }
  if (!response.ok) {
    let answer = null;
    try { answer = await response.json(); } catch { /* not JSON: the status still tells */ }
    throw new ApiError(response.status, answer);
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] || `mechgraph-export-${format}`;
  return { blob: await response.blob(), filename };
}
