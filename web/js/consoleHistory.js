// The console's query history, kept in the browser (localStorage): the last 30 distinct queries,
// newest first, each with the parameters it last ran with. Works in memory when storage is
// unavailable (private windows, blocked storage).

const KEY = 'mechgraph.console.history';
export const HISTORY_SIZE = 30;

export function createHistory(storage = safeStorage()) {
  let memory = [];

  function load() {
    if (!storage) return memory;
    try {
      const list = JSON.parse(storage.getItem(KEY) || '[]');
      return Array.isArray(list) ? list.filter((e) => e && typeof e.query === 'string') : [];
    } catch { return []; }
  }

  function save(list) {
    memory = list;
    try { storage?.setItem(KEY, JSON.stringify(list)); } catch { /* full or blocked: keep it in memory */ }
  }

  return {
    list: load,
    /** Records a run; a query already in the list moves to the top. Returns the new list. */
    add(query, params = '{}') {
      const text = query.trim();
      if (!text) return load();
      const list = [{ query: text, params, at: Date.now() }, ...load().filter((e) => e.query.trim() !== text)]
        .slice(0, HISTORY_SIZE);
      save(list);
      return list;
    },
    clear() {
      save([]);
      try { storage?.removeItem(KEY); } catch { /* ignore */ }
      return [];
    },
  };
}

function safeStorage() {
  try { return window.localStorage; } catch { return null; }
}
