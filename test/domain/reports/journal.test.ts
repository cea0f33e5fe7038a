import { appendJournal, overridesInJournal, pruneJournal } from '../../../src/domain/reports/journal';
import type { JournalEntry } from '../../../src/ports/mailbox';

const NOW = '2026-11-24T09:00:00Z';

function entry(dateTime: string, ref?: string): JournalEntry {
  return {
    dateTime,
    direction: 'in',
    from: null,
    to: [],
    cc: [],
    subject: 's',
    action: 'gallrad',
    actedAt: NOW,
    ...(ref ? { ref } : {}),
  };
}

describe('pruneJournal', () => {
  it('keeps the rows still inside the window and drops the rest', () => {
    const kept = pruneJournal([entry('2026-10-25T09:00:00Z'), entry('2026-10-25T08:59:59Z'), entry('2026-11-20T00:00:00Z')], NOW, 30);
    expect(kept.map((e) => e.dateTime)).toEqual(['2026-10-25T09:00:00Z', '2026-11-20T00:00:00Z']);
  });
});

describe('pruneJournal', () => {
  describe('when an entry records a purge under an override', () => {
    const override = (dateTime: string, actedAt: string): JournalEntry => ({ ...entry(dateTime), actedAt, overrideReason: 'Redan diarieförd' });

    it('keeps it for a year after the purge although its log row left the window', () => {
      const kept = pruneJournal([override('2025-01-01T00:00:00Z', '2026-01-10T00:00:00Z'), entry('2025-01-01T00:00:00Z')], NOW, 30);
      expect(kept).toEqual([override('2025-01-01T00:00:00Z', '2026-01-10T00:00:00Z')]);
    });

    it('drops it once the purge is more than a year old', () => {
      expect(pruneJournal([override('2025-01-01T00:00:00Z', '2025-11-23T00:00:00Z')], NOW, 30)).toEqual([]);
    });
  });
});

describe('overridesInJournal', () => {
  it('lists only purges under an override, newest act first', () => {
    const a = { ...entry('2026-11-01T00:00:00Z', 'a'), actedAt: '2026-11-02T00:00:00Z', overrideReason: 'första' };
    const b = { ...entry('2026-11-03T00:00:00Z', 'b'), actedAt: '2026-11-05T00:00:00Z', overrideReason: 'andra' };
    expect(overridesInJournal([a, entry('2026-11-04T00:00:00Z', 'c'), b]).map((e) => e.overrideReason)).toEqual(['andra', 'första']);
  });
});

describe('appendJournal', () => {
  it('writes an entry with a ref once, however often a resumed run appends it', () => {
    const once = appendJournal([], [entry('2026-11-20T00:00:00Z', 'k:original')], NOW, 30);
    const twice = appendJournal(once, [entry('2026-11-20T00:00:00Z', 'k:original'), entry('2026-11-21T00:00:00Z', 'k:forward')], NOW, 30);
    expect(twice.map((e) => e.ref)).toEqual(['k:original', 'k:forward']);
  });

  it('prunes rows that left the window while appending', () => {
    const journal = appendJournal([entry('2026-09-01T00:00:00Z', 'old')], [entry('2026-11-20T00:00:00Z', 'new')], NOW, 30);
    expect(journal.map((e) => e.ref)).toEqual(['new']);
  });
});
