import { classifyInbox } from '../../src/app/classifyMailbox';
import { deferDecision } from '../../src/app/deferDecision';
import { parseState } from '../../src/app/messageState';
import { CLASSIFIER_VERSION } from '../../src/domain/classify';
import { verdictCacheKey } from '../../src/domain/classify/cacheKey';
import { systemClock } from '../../src/ports/clock';
import type { GraphMailbox } from '../../src/adapters/graph/graphMailbox';
import { POLITICIAN, connect, startWorld, testProfile, type TestServer } from './support/world';

let server: TestServer;
let mailbox: GraphMailbox;
const profile = testProfile();

beforeAll(async () => {
  server = await startWorld([
    { subject: 'Kallelse till kommunstyrelsen' },
    { subject: 'Synpunkter på bygglov' },
    { subject: 'Nyhetsbrev', daysAgo: 4 },
    { subject: 'Mitt svar', folder: 'sentitems' },
  ]);
  mailbox = connect(server, POLITICIAN.address);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('classifyInbox', () => {
  it('classifies every Inbox message once and caches the verdict keyed by classifier version and profile', async () => {
    mailbox.resetStats();
    const first = await classifyInbox({ mailbox, profile, owner: POLITICIAN });
    expect(first.classified).toBe(3);
    expect(first.cached).toBe(0);
    expect(first.notCached).toBe(0);
    // Nothing decided yet: nothing learnt to keep for the first verdict.
    expect(first.learned).toEqual({});
    // One $batch fetches the bodies, one writes the three verdicts back.
    expect(mailbox.stats().byCategory.classification.requests).toBe(2);
    const listed = await mailbox.listMessages({ folders: ['inbox'] });
    for (const m of listed) expect(parseState(m.properties.state)?.classifier).toBe(verdictCacheKey(CLASSIFIER_VERSION, profile));

    mailbox.resetStats();
    const second = await classifyInbox({ mailbox, profile, owner: POLITICIAN });
    expect(second).toMatchObject({ cached: 3, classified: 0 });
    expect(mailbox.stats().byCategory.classification.requests).toBe(0);
    expect([...second.verdicts.values()].map((v) => v.category).sort()).toEqual([...first.verdicts.values()].map((v) => v.category).sort());
  });

  it('classifies again when the profile changes', async () => {
    await classifyInbox({ mailbox, profile, owner: POLITICIAN });
    const changed = await classifyInbox({ mailbox, profile: { ...profile, members: ['ny.ledamot@example.se'] }, owner: POLITICIAN });
    expect(changed).toMatchObject({ cached: 0, classified: 3 });
  });

  it('keeps an "Avgör senare" decision when the cached verdict is there', async () => {
    const [m] = await mailbox.listMessages({ folders: ['inbox'] });
    await deferDecision({ mailbox, clock: systemClock }, m.id, { current: m });
    const state = parseState((await mailbox.getMessage(m.id)).properties.state);
    expect(state?.deferredAt).toBeDefined();
    expect(state?.verdict).toBeDefined();
    await deferDecision({ mailbox, clock: systemClock }, m.id, { undo: true });
    expect(parseState((await mailbox.getMessage(m.id)).properties.state)?.deferredAt).toBeUndefined();
  });
});

describe('classifyInbox on a conversation', () => {
  const sister = { name: 'Sara Ek', address: 'sara.ek72@gmail.com' };
  let world: TestServer;
  let box: GraphMailbox;

  beforeAll(async () => {
    world = await startWorld([
      // The owner's own private mail in Sent Items (never classified in Inkorgen itself) and the answer to it.
      { subject: 'Söndag?', folder: 'sentitems', daysAgo: 3, from: sister, body: 'Kommer ni på middag på söndag? Mamma tar med efterrätt. Kram' },
      { subject: 'Sv: Söndag?', daysAgo: 1, from: sister, body: 'Ja! Vi är där vid fem.' },
      { subject: 'Lördag?', daysAgo: 1, from: sister, body: 'Ja! Vi är där vid fem.' },
    ]);
    box = connect(world, POLITICIAN.address);
  }, 60_000);

  afterAll(async () => {
    await world?.close();
  });

  const threadRule = (v: { reasons: { rule: string; evidence: string }[] } | undefined) => v?.reasons.find((r) => r.evidence === 'tidigare meddelande i konversationen')?.rule ?? '';

  it('classifies a reply to the owner\'s own sent mail with the sent mail\'s verdict as its thread, fetching the sent mail once', async () => {
    box.resetStats();
    const result = await classifyInbox({ mailbox: box, profile, owner: POLITICIAN });
    const bySubject = new Map(result.messages.map((m) => [m.subject, result.verdicts.get(m.id)]));
    expect(threadRule(bySubject.get('Sv: Söndag?'))).toContain('ej allmän handling – samma konversation');
    expect(bySubject.get('Sv: Söndag?')?.category).not.toBe('registrera');
    // The same words outside a conversation carry no thread.
    expect(threadRule(bySubject.get('Lördag?'))).toBe('');
    // The sent mail's body ($batch), the inbox bodies ($batch) and the verdicts written back ($batch).
    expect(box.stats().byCategory.classification.requests).toBe(3);
  });
});

describe('classifyInbox on several conversations', () => {
  const brother = { name: 'Per Ek', address: 'per.ek68@hotmail.com' };
  let world: TestServer;
  let box: GraphMailbox;

  beforeAll(async () => {
    world = await startWorld([
      { subject: 'Fiskehelg i mars', folder: 'sentitems', daysAgo: 6, from: brother, body: 'Ska vi ta stugan i mars som förra året? Jag tar med båten och maten. Kram' },
      // Another conversation, later than the first message: it must not become the reply's thread.
      { subject: 'Fiskehelg i april', daysAgo: 3, from: brother, body: 'Eller april? Isen brukar hålla då också.' },
      // Prefix, case and spacing differ from the sent mail's subject: still its conversation.
      { subject: 'SV:  fiskehelg i MARS', daysAgo: 1, from: brother, body: 'Låter bra, vi ses där.' },
    ]);
    box = connect(world, POLITICIAN.address);
  }, 60_000);

  afterAll(async () => {
    await world?.close();
  });

  it('gives a reply the verdict of the latest earlier message of its own conversation only', async () => {
    const result = await classifyInbox({ mailbox: box, profile, owner: POLITICIAN });
    const bySubject = new Map(result.messages.map((m) => [m.subject, result.verdicts.get(m.id)]));
    const thread = (subject: string) => bySubject.get(subject)?.reasons.find((r) => r.evidence === 'tidigare meddelande i konversationen')?.rule ?? '';
    expect(thread('SV:  fiskehelg i MARS')).toContain('ej allmän handling – samma konversation');
    expect(thread('Fiskehelg i april')).toBe('');
  });
});
