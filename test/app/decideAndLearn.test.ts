// Learning wired to the actions, against the test Graph server: a send to the registrar is recorded as a decision, the
// next inbox load reads it ("Lärt av dina beslut"), and the registrar's feedback on that delivery outranks the person's label.

import { classifyInbox } from '../../src/app/classifyMailbox';
import { gallraAndLearn, sendAndLearn } from '../../src/app/decideAndLearn';
import { learnedWeights } from '../../src/app/learnFromDecisions';
import type { GraphMailbox } from '../../src/adapters/graph/graphMailbox';
import type { Verdict } from '../../src/domain/types';
import { systemClock } from '../../src/ports/clock';
import type { MessageId } from '../../src/ports/mailbox';
import { POLITICIAN, connect, noSleep, startWorld, testProfile, type TestServer } from './support/world';

let server: TestServer;
let mailbox: GraphMailbox;
const profile = testProfile();
const LEARNT = 'Lärt av dina beslut';
// Questions, not complaints: a confident proposal (a complaint) teaches too little to move a weight by 0.01 once the weights are refitted.
const SUBJECTS = ['Fråga om bygglov vid Storgatan', 'Fråga om bygglov vid Kyrkgatan', 'Fråga om bygglov vid Åvägen', 'Nyhetsbrev från föreningen'];

beforeAll(async () => {
  server = await startWorld(SUBJECTS.map((subject) => ({ subject })));
  mailbox = connect(server, POLITICIAN.address);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const deps = () => ({ mailbox, profile, clock: systemClock, sleep: noSleep, owner: POLITICIAN });

async function inbox(): Promise<Map<string, { id: MessageId; verdict: Verdict }>> {
  const result = await classifyInbox(deps());
  return new Map(result.messages.map((m) => [m.subject, { id: m.id, verdict: result.verdicts.get(m.id)! }]));
}

const learnt = (verdict: Verdict) => verdict.reasons.some((r) => r.rule === LEARNT);

describe('learning from the person’s decisions', () => {
  it('records a send to the registrar and the next inbox load cites what it learnt on a similar message, and the registrar’s feedback outranks', async () => {
    const before = await inbox();
    const similar = before.get(SUBJECTS[2])!;
    expect(learnt(similar.verdict)).toBe(false);

    const sent = before.get(SUBJECTS[0])!;
    const outcome = await sendAndLearn(deps(), { id: sent.id, verdict: sent.verdict, owner: POLITICIAN });
    expect(outcome.learning).toEqual({ recorded: 1 });
    const store = await mailbox.loadStore();
    expect(store.decisions).toHaveLength(1);
    const record = store.decisions![0];
    expect(record).toMatchObject({ decided: 'registrera', deliveryKey: outcome.key });
    // Feature ids only: no subject, body or address is kept.
    expect(JSON.stringify(record)).not.toMatch(/Storgatan|anna\.medborgare/);

    const after = await inbox();
    expect(learnt(after.get(SUBJECTS[2])!.verdict)).toBe(true);

    // "Inte allmän handling" from the registrar turns the same decision into a lesson against registering.
    const personOnly = learnedWeights(store);
    const feedback = { key: outcome.key, reference: outcome.ref, kind: 'inte_allman_handling' as const, at: systemClock.now() };
    await mailbox.saveStore({ ...store, feedback: [feedback] });
    const withFeedback = learnedWeights(await mailbox.loadStore());
    const registerLeaning = record.features.filter((f) => f.leaning === 'registrera' && personOnly[f.id] !== undefined).map((f) => f.id);
    expect(registerLeaning.length).toBeGreaterThan(0);
    for (const id of registerLeaning) {
      expect(personOnly[id]).toBeGreaterThan(0);
      expect(withFeedback[id]).toBeLessThan(0);
    }
  }, 60_000);

  it('records a gallring as a decision with the purge’s category', async () => {
    const now = await inbox();
    const purged = now.get(SUBJECTS[3])!;
    const count = (await mailbox.loadStore()).decisions?.length ?? 0;
    const verdict: Verdict = { ...purged.verdict, category: 'gallra_ringa' };
    const outcome = await gallraAndLearn(deps(), { ids: [purged.id], verdicts: new Map([[purged.id, verdict]]) });
    expect(outcome.done).toEqual([purged.id]);
    expect(outcome.learning).toEqual({ recorded: 1 });
    const decisions = (await mailbox.loadStore()).decisions!;
    expect(decisions).toHaveLength(count + 1);
    expect(decisions.at(-1)).toMatchObject({ decided: 'gallra_ringa' });
  }, 60_000);

  it('classifies the inbox with the shipped weights and names the code when the store cannot be read', async () => {
    const broken = Object.create(mailbox) as GraphMailbox;
    broken.loadStore = () => Promise.reject(Object.assign(new Error('store'), { code: 'store_unreadable' }));
    const result = await classifyInbox({ mailbox: broken, profile, owner: POLITICIAN });
    expect(result.learningFailed).toBe('store_unreadable');
    expect(result.messages.length).toBeGreaterThan(0);
    expect([...result.verdicts.values()].some(learnt)).toBe(false);
  }, 60_000);
});
