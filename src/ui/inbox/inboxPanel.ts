// What the Inkorgen view shows: progress, the load error alone, the empty-inbox text, or the list.

export type InboxPanel = 'loading' | 'load-failed' | 'empty' | 'list';

export interface InboxPanelState {
  /** The loaded items; null until the mailbox has been read. */
  items: readonly unknown[] | null;
  /** How many items the category filter leaves. */
  visibleCount: number;
  /** The person's sentence when the mailbox could not be read (sign-in, network); null otherwise. */
  loadError: string | null;
}

/** A mailbox that could not be read is never "empty": the all-clear needs a successful read. */
export function inboxPanel(state: InboxPanelState): InboxPanel {
  if (state.loadError !== null) return 'load-failed';
  if (state.items === null) return 'loading';
  return state.visibleCount === 0 ? 'empty' : 'list';
}
