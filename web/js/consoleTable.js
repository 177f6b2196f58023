// The console's result table: a real <table> with the column names in <thead> and one <tr> per
// row. Nodes and relationships are small buttons (a node opens its panel, an effect its
// evidence); paths read as a chain; lists and maps as compact JSON; long text wraps.
// At most ~1,000 rows arrive (the server's cap), so plain DOM is enough.

import { kindOf, isGraphValue, nodeLabel, nodeText, relText, pathParts, compact, isEffectId } from './consoleFormat.js';

const MAX_ITEMS = 100; // items of one list shown in a cell before "… n more"

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/**
 * @param table  the <table> element (#console-table)
 * @param result {columns, rows}
 * @param onNode(node), onRelationship(rel)  called when a node or relationship in a cell is clicked
 */
export function renderTable(table, { columns = [], rows = [] }, { onNode, onRelationship } = {}) {
  const head = el('thead');
  const tr = el('tr');
  columns.forEach((c) => {
    const th = el('th', null, c);
    th.scope = 'col';
    tr.appendChild(th);
  });
  head.appendChild(tr);
  const body = el('tbody');
  for (const row of rows) {
    const r = el('tr');
    columns.forEach((c) => {
      const v = row[c];
      const td = el('td', `cell-${cellClass(v)}`);
      td.appendChild(renderValue(v));
      r.appendChild(td);
    });
    body.appendChild(r);
  }
  table.replaceChildren(head, body);

  function renderValue(v) {
    switch (kindOf(v)) {
      case 'node': return nodeButton(v, nodeText(v));
      case 'relationship': return relButton(v, relText(v));
      case 'path': {
        const span = el('span', 'v-path');
        pathParts(v).forEach((p) => span.appendChild(p.kind === 'node' ? nodeButton(p.value, p.text) : relButton(p.value, p.text)));
        return span;
      }
      case 'list':
        return containsGraph(v) ? listOfGraph(v) : el('span', 'v-json', compact(v));
      case 'map':
        return containsGraph(v) ? mapOfGraph(v) : el('span', 'v-json', compact(v));
      default:
        if (v === null || v === undefined) return el('span', 'v-null', 'null');
        if (typeof v === 'string') return el('span', 'v-str', v);
        return el('span', typeof v === 'number' ? 'v-num' : 'v-bool', String(v));
    }
  }

  function listOfGraph(list) {
    const span = el('span', 'v-list');
    span.append('[');
    list.slice(0, MAX_ITEMS).forEach((item, i) => {
      if (i) span.append(', ');
      span.appendChild(isGraphValue(item) || containsGraph(item) ? renderValue(item) : el('span', 'v-json', compact(item)));
    });
    if (list.length > MAX_ITEMS) span.append(`, … ${list.length - MAX_ITEMS} more`);
    span.append(']');
    return span;
  }

  function mapOfGraph(map) {
    const span = el('span', 'v-map');
    span.append('{');
    Object.entries(map).forEach(([k, item], i) => {
      span.append(`${i ? ', ' : ''}${JSON.stringify(k)}: `);
      span.appendChild(isGraphValue(item) || containsGraph(item) ? renderValue(item) : el('span', 'v-json', compact(item)));
    });
    span.append('}');
    return span;
  }

  function nodeButton(node, text) {
    const b = el('button', `v-node type-${nodeLabel(node) || 'none'}`, text);
    b.type = 'button';
    b.dataset.id = node.id;
    b.title = `${nodeLabel(node) || 'node'} ${node.id}: open its panel`;
    b.addEventListener('click', () => onNode?.(node));
    return b;
  }

  function relButton(rel, text) {
    const b = el('button', 'v-rel', text);
    b.type = 'button';
    b.dataset.id = rel.id;
    b.title = isEffectId(rel.id) ? `${rel.id}: open its evidence` : `${rel.type} ${rel.id}: show its properties`;
    b.addEventListener('click', () => onRelationship?.(rel));
    return b;
  }
}

function containsGraph(v) {
  if (isGraphValue(v)) return true;
  if (Array.isArray(v)) return v.some(containsGraph);
  if (v && typeof v === 'object') return Object.values(v).some(containsGraph);
  return false;
}

function cellClass(v) {
  const kind = kindOf(v);
  if (kind !== 'scalar') return kind;
  if (v === null || v === undefined) return 'null';
  return typeof v === 'string' ? (v.length > 80 ? 'text' : 'string') : typeof v;
}
