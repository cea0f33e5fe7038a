import { classifyInbox } from '../../src/app/classifyMailbox';
import { deferDecision } from '../../src/app/deferDecision';
import { parseState } from '../../src/app/messageState';
import { CLASSIFIER_VERSION, verdictCacheKey } from '../../src/domain/classify';
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
