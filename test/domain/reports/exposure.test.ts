import { buildExposureReport, EXPOSURE_STATEMENT } from '../../../src/domain/reports/exposure';
import { csvField, exposureToCsv } from '../../../src/domain/reports/exposureCsv';
import type { JournalEntry } from '../../../src/ports/mailbox';
import { OWNER, addr, msg, profile } from './support';

// Tuesday 2026-11-24, 10:00 Swedish time; the 30-day window starts 2026-10-25T09:00Z.
const NOW = '2026-11-24T09:00:00Z';

const messages = [
  msg({ id: 'a', folder: 'inbox', at: '2026-11-20T08:00:00Z', from: addr('anna.svensson@gmail.com', 'Anna Svensson'), subject: 'Fråga om bygglov' }),
  msg({
    id: 'b',
    folder: 'sentitems',
    at: '2026-11-10T12:00:00Z',
    from: addr(OWNER.address),
    toRecipients: [addr('kansli@kramfors.se')],
    subject: 'Angående 19811218-9876',
  }),
  msg({ id: 'c', folder: 'inbox', at: '2026-10-20T08:00:00Z', subject: 'Utanför fönstret' }),
  msg({ id: 'd', folder: 'drafts', at: '2026-11-22T08:00:00Z', isDraft: true, subject: 'Utkast' }),
  msg({ id: 'e', folder: 'deleteditems', at: '2026-11-23T10:00:00Z', from: addr('info@centerpartiet.se'), subject: 'Inbjudan' }),
  msg({ id: 'f', folder: 'inbox', at: '2026-11-21T10:00:00Z', from: addr('ordf@kramfors.se'), subject: 'Medlemsmöte i partigruppen' }),
];

function entry(partial: Partial<JournalEntry>): JournalEntry {
  return {
    dateTime: '2026-11-15T09:00:00Z',
    direction: 'in',
    from: addr('nyhetsbrev@example.se'),
    to: [addr(OWNER.address)],
    cc: [],
    subject: 'Nyhetsbrev',
    action: 'gallrad',
    actedAt: '2026-11-16T09:00:00Z',
    ...partial,
  };
}

const journal: JournalEntry[] = [
  entry({ messageId: 'gone', ref: 'gallrad:gone' }),
  entry({ messageId: 'gone', ref: 'gallrad:gone' }),
  entry({ messageId: 'a', ref: 'gallrad:a', subject: 'Still listed' }),
  entry({ dateTime: '2026-10-01T09:00:00Z', ref: 'old', subject: 'Left the window' }),
  entry({
    dateTime: '2026-11-18T13:00:00Z',
    direction: 'out',
    from: addr(OWNER.address),
    to: [addr('registrator@kramfors.se')],
    subject: 'Handling för diarieföring, ref 0123456789',
    action: 'vidarebefordran',
    ref: 'k:forward',
  }),
];

const report = buildExposureReport({ messages, journal, owner: OWNER, profile: profile(), now: NOW });

describe('buildExposureReport', () => {
  describe('when the mailbox and the journal both hold rows', () => {
    it('lists mailbox messages inside the window and journal rows of purged or forwarded messages, newest first', () => {
      expect(report.rows.map((r) => [r.source, r.subject])).toEqual([
        ['brevlada', 'Inbjudan'],
        ['brevlada', 'Medlemsmöte i partigruppen'],
        ['brevlada', 'Fråga om bygglov'],
        ['journal', 'Handling för diarieföring, ref 0123456789'],
        ['journal', 'Nyhetsbrev'],
        ['brevlada', 'Angående 19811218-9876'],
      ]);
    });

    it('answers the counts', () => {
      expect(report.counts).toMatchObject({ total: 6, inMailbox: 4, purgedOrForwarded: 2, incoming: 4, outgoing: 2 });
    });

    it('says plainly that gallring does not remove a row from the log', () => {
      expect(report.statement).toBe(EXPOSURE_STATEMENT);
      expect(report.statement.sv).toContain('Att gallra ett meddelande tar inte bort dess rad ur loggen');
    });

    it('gives the date and time each row leaves the window, in Swedish time', () => {
      const a = report.rows.find((r) => r.subject === 'Fråga om bygglov')!;
      expect(a).toMatchObject({ localDate: '2026-11-20', localTime: '09:00', leavesWindowAt: '2026-12-20T08:00:00.000Z', leavesWindowOn: '2026-12-20' });
      const b = report.rows.find((r) => r.subject.startsWith('Angående'))!;
      expect(b).toMatchObject({ direction: 'out', to: [addr('kansli@kramfors.se')], leavesWindowOn: '2026-12-10' });
    });
  });

  describe('when a row reveals something sensitive', () => {
    const kinds = (subject: string) => report.rows.find((r) => r.subject === subject)!.sensitive.map((f) => f.kind);

    it('flags a personnummer in the subject', () => {
      expect(kinds('Angående 19811218-9876')).toContain('personnummer');
    });

    it('flags a private person as correspondent', () => {
      expect(kinds('Fråga om bygglov')).toEqual(['privat_korrespondent']);
    });

    it('flags party-political subjects and party senders', () => {
      expect(kinds('Medlemsmöte i partigruppen')).toEqual(['partipolitiskt']);
      expect(kinds('Inbjudan')).toEqual(['partipolitiskt']);
    });

    it('flags party abbreviations only in party-political compounds', () => {
      const subjects = ['Förslag till KD-reservation i MSN', 'Cirkulationsplats C-län', 'M-gruppens budget'];
      const r = buildExposureReport({ messages: subjects.map((subject) => msg({ subject })), journal: [], owner: OWNER, profile: profile(), now: NOW });
      const flagged = r.rows.filter((x) => x.sensitive.some((f) => f.kind === 'partipolitiskt')).map((x) => x.subject);
      expect(flagged.sort()).toEqual(['Förslag till KD-reservation i MSN', 'M-gruppens budget']);
    });

    it('leaves ordinary rows unflagged', () => {
      expect(kinds('Nyhetsbrev')).toEqual([]);
    });

    it('flags an individual health or social-services matter', () => {
      const r = buildExposureReport({
        messages: [msg({ subject: 'Ansökan om försörjningsstöd för min son', at: '2026-11-20T08:00:00Z' })],
        journal: [],
        owner: OWNER,
        profile: profile(),
        now: NOW,
      });
      expect(r.rows[0].sensitive.map((f) => f.kind)).toContain('sekretess');
    });
  });

  describe('when building the timeline', () => {
    it('answers one day per date until the last row leaves, with rows leaving and remaining', () => {
      expect(report.timeline[0]).toEqual({ date: '2026-11-24', leaving: 0, remaining: 6 });
      const byDate = Object.fromEntries(report.timeline.filter((d) => d.leaving > 0).map((d) => [d.date, [d.leaving, d.remaining]]));
      expect(byDate).toEqual({
        '2026-12-10': [1, 5],
        '2026-12-15': [1, 4],
        '2026-12-18': [1, 3],
        '2026-12-20': [1, 2],
        '2026-12-21': [1, 1],
        '2026-12-23': [1, 0],
      });
      expect(report.timeline.at(-1)!.remaining).toBe(0);
    });
  });
});

describe('exposureToCsv', () => {
  const csv = exposureToCsv(report);

  it('starts with a UTF-8 BOM and a Swedish header separated by semicolons', () => {
    expect(csv.startsWith('\uFEFFDatum;Tid;Riktning;Från;Till;Kopia;Ämne;')).toBe(true);
  });

  it('ends every line with CRLF, one line per row', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(report.rows.length + 2);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes fields holding separators, quotes or line breaks, and neutralises formulas', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('Fråga om bygglov')).toBe('Fråga om bygglov');
  });

  it('writes the sensitive flags in Swedish', () => {
    expect(csv).toContain('Personnummer i ämnesraden');
    expect(csv).toContain('borta ur brevlådan (gallrad)');
  });
});
