// "Verkställ förslagen": purges first, then sends to the registrar, and a coded outcome per message.

import { applyProposals } from '../../src/app/applyProposals';
import { MAIL_FOLDERS, type Verdict } from '../../src/domain/types';
import { systemClock } from '../../src/ports/clock';
import { asMessageId, type MailboxPort, type MessageId } from '../../src/ports/mailbox';
import { POLITICIAN, REGISTRAR, connect, noSleep, startWorld, testProfile, type TestServer } from './support/world';

const verdict = (category: Verdict['category']): Verdict => ({ category, subtype: 'test', confidence: 0.9, reasons: [{ rule: 'test', evidence: 'test' }], flags: [] });

let server: TestServer;
let politician: MailboxPort;
let registrar: MailboxPort;
const profile = testProfile();

beforeAll(async () => {
  server = await startWorld([{ subject: 'Bygglov Storgatan' }, { subject: 'Nyhetsbrev' }, { subject: 'Oklart' }, { subject: 'Utan bedömning' }, { subject: 'Detaljplan' }]);
  politician = connect(server, POLITICIAN.address);
  registrar = connect(server, REGISTRAR.address);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function idOf(subject: string): Promise<MessageId> {
  const found = (await politician.listMessages({ folders: MAIL_FOLDERS })).find((m) => m.subject === subject);
  if (!found) throw new Error(`seed message missing: ${subject}`);
  return found.id;
}

const deps = () => ({ mailbox: politician, profile, clock: systemClock, sleep: noSleep, owner: POLITICIAN });

describe('applyProposals', () => {
  describe('when purges, a send, an uncertain message and a vanished one are chosen', () => {
    it('purges, sends, skips and reports the failure by its code, counting progress over the acted ones', async () => {
      const [bygglov, nyhetsbrev, oklart, utan] = await Promise.all(['Bygglov Storgatan', 'Nyhetsbrev', 'Oklart', 'Utan bedömning'].map(idOf));
      const gone = asMessageId('AAMkAGdWtGWYzW-lsKCdj8_sPi4DTTU72GTEWC4cy0qau1TOzDMSVEo27aOsTWnAehX3d3=');
      const progress: { done: number; total: number }[] = [];
      const outcome = await applyProposals(deps(), {
        proposals: [
          { id: bygglov, verdict: verdict('registrera') },
          { id: nyhetsbrev, verdict: verdict('gallra_ringa') },
          { id: oklart, verdict: verdict('osaker') },
          { id: utan, verdict: null },
          { id: gone, verdict: verdict('registrera') },
        ],
        onProgress: (p) => progress.push(p),
      });
      expect(outcome.total).toBe(3);
      const byId = new Map(outcome.results.map((r) => [r.id, r]));
      expect(byId.get(nyhetsbrev)).toEqual({ id: nyhetsbrev, result: 'purged' });
      expect(byId.get(bygglov)).toMatchObject({ result: 'sent', ref: expect.any(String) });
      expect(byId.get(oklart)).toEqual({ id: oklart, result: 'skipped' });
      expect(byId.get(utan)).toEqual({ id: utan, result: 'skipped' });
      expect(byId.get(gone)).toMatchObject({ result: 'failed', code: 'not_found' });
      expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
      // The purge and the send are the person's decisions; the vanished message has nothing to learn.
      expect(outcome.learning).toEqual({ recorded: 2 });
      expect((await politician.loadStore()).decisions).toHaveLength(2);
      const delivered = await registrar.listMessages({ folders: ['inbox'] });
      expect(delivered).toHaveLength(1);
    }, 60_000);
  });

  describe('when the run is stopped before the sends start', () => {
    it('answers not_attempted for them and sends nothing', async () => {
      const id = await idOf('Detaljplan');
      const controller = new AbortController();
      controller.abort();
      const before = (await registrar.listMessages({ folders: ['inbox'] })).length;
      const outcome = await applyProposals(deps(), { proposals: [{ id, verdict: verdict('registrera') }], signal: controller.signal });
      expect(outcome.results).toEqual([{ id, result: 'not_attempted' }]);
      expect(await registrar.listMessages({ folders: ['inbox'] })).toHaveLength(before);
    }, 60_000);
  });
});
