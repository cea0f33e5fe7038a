// The Inkorgen view's panel: a mailbox that could not be read never shows the empty-inbox all-clear.

import { inboxPanel } from '../../src/ui/inbox/inboxPanel';
import { STRINGS } from '../../src/ui/i18n';

const SIGN_IN_CANCELLED = STRINGS.sv.errorAuthCodes.auth_cancelled;

describe('inboxPanel', () => {
  it('shows the load error alone when the mailbox could not be read, not the empty-inbox text', () => {
    expect(inboxPanel({ items: null, visibleCount: 0, loadError: SIGN_IN_CANCELLED })).toBe('load-failed');
  });

  it('shows the load error even when items from an earlier read are still held', () => {
    expect(inboxPanel({ items: [{}], visibleCount: 1, loadError: SIGN_IN_CANCELLED })).toBe('load-failed');
    expect(inboxPanel({ items: [], visibleCount: 0, loadError: SIGN_IN_CANCELLED })).toBe('load-failed');
  });

  it('shows progress while the mailbox is being read', () => {
    expect(inboxPanel({ items: null, visibleCount: 0, loadError: null })).toBe('loading');
  });

  it('says the inbox is in order only after a successful read that found nothing to decide', () => {
    expect(inboxPanel({ items: [], visibleCount: 0, loadError: null })).toBe('empty');
  });

  it('counts the filter: items hidden by the category filter leave the filtered view empty', () => {
    expect(inboxPanel({ items: [{}, {}], visibleCount: 0, loadError: null })).toBe('empty');
  });

  it('lists the items when some are visible', () => {
    expect(inboxPanel({ items: [{}, {}], visibleCount: 2, loadError: null })).toBe('list');
  });

  it('treats an empty error sentence as a failed read too', () => {
    expect(inboxPanel({ items: [], visibleCount: 0, loadError: '' })).toBe('load-failed');
  });
});
