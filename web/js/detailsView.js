// The right-hand column: evidence for an edge, the panel of a node, or a short guide when
// nothing is selected. Delegates the panels themselves to evidencePanel.js and entityPanel.js,
// and for the Cypher console also to paperPanel.js and propertiesPanel.js.

import { renderEvidencePanel } from './evidencePanel.js';
import { renderEntityPanel } from './entityPanel.js';
import { renderPaperPanel } from './paperPanel.js';
import { renderPropertiesPanel } from './propertiesPanel.js';

export function createDetailsView(root, handlers) {
  const body = document.createElement('div');
  body.className = 'details-body';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close-details icon-button';
  close.setAttribute('aria-label', 'Close the details panel');
  close.title = 'Close';
  close.textContent = '×';
  close.addEventListener('click', () => handlers.onClose?.());
  root.replaceChildren(close, body);

  // When the user acted from inside the panel (an effect row, "open as edge"), the re-render
  // destroys the focused button: move focus to the new panel's heading instead of losing it.
  function keepFocus(hadFocus) {
    if (!hadFocus) return;
    const heading = body.querySelector('h2');
    if (heading) { heading.tabIndex = -1; heading.focus({ preventScroll: true }); }
  }
  let focusPending = false; // focus was inside when a loading message replaced the panel
  const focusInside = () => {
    const inside = focusPending || (root.contains(document.activeElement) && document.activeElement !== close);
    focusPending = false;
    return inside;
  };

  function mode(name) {
    root.dataset.mode = name;
    close.hidden = name === 'intro';
    root.classList.toggle('wide', name === 'dispute');
  }

  const view = {
    intro(variant = 'explorer') {
      mode('intro');
      if (variant === 'console') {
        body.innerHTML = `<section class="intro">
          <h2>Reading a query's result</h2>
          <p>Every node and relationship the query returns is drawn in the graph, and listed in the table below.</p>
          <ul>
            <li>Click an <strong>effect edge</strong> (or a <code>[:TYPE]</code> in the table) to read who claims it, in their own words.</li>
            <li>Click an <strong>entity</strong> for its names, registry ids and effects; a <strong>paper</strong> for the claims it supports.</li>
            <li>Other nodes and relationships show their properties.</li>
          </ul></section>`;
        return;
      }
      body.innerHTML = `<section class="intro">
        <h2>Reading the graph</h2>
        <p>Click an <strong>edge</strong> to read who claims it, in their own words, and where sources disagree.
        Click a <strong>node</strong> for its names, registry ids and every effect in and out.</p>
        <ul>
          <li><strong>Expand</strong> a node with the <em>Expand neighbours</em> button in its panel (15 best supported at a time).</li>
          <li><strong>Drag</strong> a node to pin it; <strong>double-click</strong> it to release.</li>
          <li>Scroll to zoom, drag the background to pan.</li>
          <li>The address bar holds the query and selection: copy it to share this view.</li>
        </ul></section>`;
    },
    loading(message) {
      focusPending = focusInside();
      mode('loading');
      body.innerHTML = '<p class="details-loading" role="status"></p>';
      body.firstChild.textContent = message;
    },
    failed() {
      mode('failed');
      body.innerHTML = '<p class="details-loading">Could not load these details; the status message on the left says why.</p>';
    },
    /** A failure explained in the panel itself (the console has no status line). */
    failedWith(message) {
      mode('failed');
      body.innerHTML = '<p class="details-loading" role="alert"></p>';
      body.firstChild.textContent = message;
    },
    evidence(data, paperTitles) {
      const hadFocus = focusInside();
      mode(data.samePair?.length ? 'dispute' : 'evidence');
      renderEvidencePanel(body, { data, paperTitles, onEntityClick: handlers.onEntity, onEffectClick: handlers.onEffect });
      root.scrollTop = 0;
      keepFocus(hadFocus);
    },
    entity(entity, expansion) {
      const hadFocus = focusInside();
      mode('entity');
      renderEntityPanel(body, { entity, expansion, onExpand: handlers.onExpand, onHide: handlers.onHide,
        onEffectClick: handlers.onEffect, onUseAs: handlers.onUseAs });
      root.scrollTop = 0;
      keepFocus(hadFocus);
    },
    paper(data) {
      const hadFocus = focusInside();
      mode('paper');
      renderPaperPanel(body, { data, onEffectClick: handlers.onEffect, onPaperClick: handlers.onPaper });
      root.scrollTop = 0;
      keepFocus(hadFocus);
    },
    properties(value) {
      const hadFocus = focusInside();
      mode('properties');
      renderPropertiesPanel(body, { value, onEffectClick: handlers.onEffect });
      root.scrollTop = 0;
      keepFocus(hadFocus);
    },
  };
  view.intro();
  return view;
}
