// The console's query editor: a plain <textarea> with code-editor keys and a line-number gutter.
//   Tab / Shift+Tab   indent / outdent by two spaces (every selected line when several are selected)
//   Escape, then Tab  leaves the editor (so keyboard users are never trapped in it)
//   Ctrl+Enter, Cmd+Enter   run
// markError(position) puts the caret at a syntax error and highlights its line until the next edit.

const INDENT = '  ';
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

export function attachEditor(textarea, { gutter, mark, onRun, onChange } = {}) {
  let escaped = false, markedLine = null;

  textarea.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); onRun?.(); return; }
    if (MODIFIER_KEYS.has(e.key)) return;
    if (e.key === 'Escape') { escaped = true; return; }
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      if (escaped) { escaped = false; return; } // let the browser move focus on
      e.preventDefault();
      if (e.shiftKey) outdent(); else indent();
    }
    escaped = false;
  });
  textarea.addEventListener('input', () => { clearMark(); renderGutter(); onChange?.(textarea.value); });
  textarea.addEventListener('scroll', () => { if (gutter) gutter.scrollTop = textarea.scrollTop; placeMark(); });
  textarea.addEventListener('blur', () => { escaped = false; });

  // Replace a range the way typing would, so Ctrl+Z still undoes it.
  function replace(start, end, text) {
    textarea.focus();
    textarea.setSelectionRange(start, end);
    const done = text ? document.execCommand('insertText', false, text) : document.execCommand('delete');
    if (!done) {
      textarea.setRangeText(text, start, end, 'end');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  function selectedLines() {
    const { selectionStart: a, selectionEnd: b, value } = textarea;
    const start = value.lastIndexOf('\n', a - 1) + 1;
    const end = b > a && value[b - 1] === '\n' ? b - 1 : b; // a selection ending at a line start leaves that line alone
    return { a, b, start, end, block: value.slice(start, end) };
  }

  function indent() {
    const { a, b, start, end, block } = selectedLines();
    if (a === b || !textarea.value.slice(a, b).includes('\n')) { replace(a, b, INDENT); return; }
    const out = block.replace(/^/gm, INDENT);
    replace(start, end, out);
    textarea.setSelectionRange(a + INDENT.length, b + out.length - block.length);
  }

  function outdent() {
    const { a, b, start, end, block } = selectedLines();
    const out = block.replace(/^ {1,2}/gm, '');
    if (out === block) return;
    const firstCut = block.length - block.replace(/^ {1,2}/, '').length;
    replace(start, end, out);
    textarea.setSelectionRange(Math.max(start, a - firstCut), Math.max(start, b - (block.length - out.length)));
  }

  function renderGutter() {
    if (!gutter) return;
    const lines = textarea.value.split('\n').length;
    if (gutter.childElementCount === lines) return;
    gutter.replaceChildren(...Array.from({ length: lines }, (_, i) => {
      const span = document.createElement('span');
      span.textContent = String(i + 1);
      return span;
    }));
    gutter.style.setProperty('--digits', String(String(lines).length));
    gutter.scrollTop = textarea.scrollTop;
    highlightGutter();
  }

  function highlightGutter() {
    gutter?.querySelectorAll('.error-line').forEach((s) => s.classList.remove('error-line'));
    if (markedLine) gutter?.children[markedLine - 1]?.classList.add('error-line');
  }

  function metrics() {
    const style = getComputedStyle(textarea);
    return { lineHeight: Number.parseFloat(style.lineHeight) || 20, padTop: Number.parseFloat(style.paddingTop) || 0 };
  }

  function placeMark() {
    if (!mark) return;
    mark.hidden = !markedLine;
    if (!markedLine) return;
    const { lineHeight, padTop } = metrics();
    mark.style.top = `${textarea.offsetTop + padTop + (markedLine - 1) * lineHeight - textarea.scrollTop}px`;
    mark.style.height = `${lineHeight}px`;
  }

  function clearMark() {
    if (!markedLine) return;
    markedLine = null;
    textarea.removeAttribute('aria-invalid');
    placeMark();
    highlightGutter();
  }

  const editor = {
    get value() { return textarea.value; },
    set value(text) { textarea.value = text; clearMark(); renderGutter(); },
    focus: () => textarea.focus(),
    /** Caret at the error, its line highlighted and scrolled into view. */
    markError({ line, offset }) {
      markedLine = line;
      textarea.setAttribute('aria-invalid', 'true');
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(offset, offset);
      const { lineHeight } = metrics();
      const top = (line - 1) * lineHeight;
      if (top < textarea.scrollTop || top + lineHeight > textarea.scrollTop + textarea.clientHeight) {
        textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
      }
      placeMark();
      highlightGutter();
    },
    clearMark,
  };
  renderGutter();
  return editor;
}
