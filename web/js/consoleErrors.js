// The words of a console failure: what went wrong, where (for syntax errors), and whether trying
// again may help. Pure: returns {title, message, detail, position, excerpt, retry}; consoleView
// renders it into #console-error.

/**
 * Where a syntax error is, as {line, column, offset} into the query the user wrote (the server
 * already gives positions in the user's text), clamped to the text.
 */
export function errorPosition(err, query) {
  const p = err.position;
  if (!p || !Number.isFinite(p.line) || !Number.isFinite(p.column)) return null;
  const lines = query.split('\n');
  const line = Math.min(Math.max(1, p.line), lines.length);
  const column = Math.min(Math.max(1, p.column), lines[line - 1].length + 1);
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return { line, column, offset };
}

/** The database's message without the echoed query and caret lines or its own (line, column) note. */
function firstLine(message) {
  return String(message || '').split('\n')[0].replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '').trim();
}

/** The offending line with a caret under the column, as two lines of text. */
function excerpt(query, { line, column }) {
  const text = query.split('\n')[line - 1] ?? '';
  return `${text}\n${' '.repeat(Math.max(0, column - 1))}^`;
}

const capitalise = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

export function describeConsoleError(err, query) {
  if (err.name !== 'ApiError') {
    return { title: 'Something went wrong in the page', message: err.message, retry: true };
  }
  const message = capitalise(firstLine(err.message));
  switch (true) {
    case err.status === 0:
      return { title: 'The mechgraph server could not be reached', message: 'The network request got no answer. Your query is kept; check the server and run it again.', retry: true };
    case err.status === 403:
      return { title: 'Refused', message, detail: err.allowed ? `The console only reads. Allowed: ${err.allowed}.` : 'The console only reads.' };
    // The server answers a timeout 422 with error 'timeout' (never 408, which browsers resend).
    case err.body?.error === 'timeout' || /TimedOut/.test(err.code || ''):
      return { title: 'Timed out', message, detail: 'Add a LIMIT, bound variable-length patterns (e.g. [*1..3]) or start from fewer nodes.' };
    case err.status === 413:
      return { title: 'Too large', message: /\d/.test(message) ? message : 'The query and its parameters are larger than the console accepts (64 KB at most).', detail: 'Send a shorter query or fewer parameter values.' };
    case err.status === 400: {
      const position = errorPosition(err, query);
      if (position) {
        return { title: `Syntax error at line ${position.line}, column ${position.column}`, message, position, excerpt: excerpt(query, position) };
      }
      const missing = /ParameterMissing/.test(err.code || '');
      return {
        title: err.parameter === 'params' ? 'The parameters were refused' : 'The query could not run',
        message,
        detail: missing ? 'Give every $name used in the query a value under Parameters, e.g. {"name": "ketamine"}.'
          : err.allowed ? `Allowed: ${err.allowed}.` : null,
      };
    }
    case err.status >= 500:
      return { title: `The mechgraph server is unavailable (status ${err.status})`, message: `${message ? `${message.replace(/[.\s]*$/, '')}. ` : ''}Your query is kept; try again shortly.`, retry: true };
    default:
      return { title: `The query failed (status ${err.status})`, message };
  }
}
