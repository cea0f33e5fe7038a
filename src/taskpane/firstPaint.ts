// The task pane's first paint: the open message's verdict drawn with plain DOM calls from the entry
// bundle, before React and Fluent UI have loaded, laid out like the React pane that replaces it
// (React clears #root on its first commit). It shows what the card shows (verdictModel); the actions
// come with React. Message text is set as text, never parsed as HTML.

import { verdictCardModel } from '../ui/message/verdictModel';
import { CARD_STRINGS, type Language } from '../ui/cardStrings';
import type { MailMessage, Verdict } from '../domain/types';

export interface FirstPaintInput {
  message: Pick<MailMessage, 'subject' | 'from'>;
  verdict: Verdict;
  sekretessKind: string | null;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The pane's frame as the React shell draws it: title, the tab row's reserved height, the main area. */
function frame(root: HTMLElement, language: Language, dark: boolean): HTMLElement {
  const s = CARD_STRINGS[language];
  const pane = el('div', dark ? 'pv-first pv-first-dark' : 'pv-first');
  pane.lang = language;
  const header = el('header', '');
  header.append(el('h1', 'pv-first-title', s.appTitle));
  const main = el('main', 'pv-first-main');
  main.setAttribute('aria-label', s.appTitle);
  pane.append(header, el('nav', 'pv-first-tabs'), main);
  root.replaceChildren(pane);
  return main;
}

/** Draws the verdict region ("Bedömning") into `root`, replacing what is there. */
export function paintFirstVerdict(root: HTMLElement, input: FirstPaintInput, language: Language, dark: boolean): void {
  const card = verdictCardModel(input.message, input.verdict, input.sekretessKind, language);
  const section = el('section', 'pv-first-card');
  section.setAttribute('aria-label', card.label);
  const head = el('div', '');
  head.append(el('p', 'pv-first-subject', card.subject), el('p', 'pv-first-meta', card.from));
  const badgeRow = el('div', 'pv-first-header');
  const badge = el('span', `pv-first-badge pv-first-badge-${card.category.color}`, card.category.label);
  badge.dataset.testid = 'verdict-category';
  badgeRow.append(badge, el('span', 'pv-first-small', card.confidence));
  const reasons = el('ul', 'pv-first-reasons');
  reasons.setAttribute('aria-label', card.reasonsLabel);
  for (const reason of card.reasons) {
    const li = el('li', '');
    li.append(el('span', 'pv-first-rule', reason.rule), el('span', 'pv-first-evidence', reason.evidence));
    reasons.append(li);
  }
  section.append(head, badgeRow, reasons);
  if (card.flags.length > 0) {
    const flags = el('div', 'pv-first-flags');
    for (const f of card.flags) {
      const bar = el('div', `pv-first-bar pv-first-bar-${f.intent}`);
      bar.append(el('span', 'pv-first-bar-title', f.title), f.advice);
      flags.append(bar);
    }
    section.append(flags);
  }
  // Where the actions appear once React is in, so the page does not jump.
  const pending = el('div', 'pv-first-actions');
  pending.setAttribute('aria-hidden', 'true');
  frame(root, language, dark).append(section, pending);
}

/** When the rest of the pane could not load: the verdict stays, with a line saying the actions are missing. */
export function paintLoadFailure(root: HTMLElement, language: Language): void {
  const note = el('p', 'pv-first-failure', CARD_STRINGS[language].loadFailed);
  note.setAttribute('role', 'alert');
  const main = root.querySelector('main');
  if (main) main.append(note);
  else root.replaceChildren(note);
}
