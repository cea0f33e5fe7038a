// The task pane's services: Inkorgen hands what its verdicts learnt to the wiring, which keeps it for the next first verdict.

import { createServices } from '../../src/taskpane/createServices';
import { recordDecisions } from '../../src/app/learnFromDecisions';
import { FEATURE_SCHEME } from '../../src/domain/classify/featureScheme';
import { shippedWeights } from '../../src/domain/classify/model';
import { systemClock } from '../../src/ports/clock';
import type { WeightDeltas } from '../../src/domain/classify/score';
import type { GraphMailbox } from '../../src/adapters/graph/graphMailbox';
import { POLITICIAN, connect, startWorld, testProfile, type TestServer } from '../app/support/world';

let server: TestServer;
let mailbox: GraphMailbox;
const profile = testProfile();

beforeAll(async () => {
  server = await startWorld([{ subject: 'Synpunkter på bygglov' }, { subject: 'Nyhetsbrev', daysAgo: 4 }]);
  mailbox = connect(server, POLITICIAN.address);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('createServices', () => {
  it('passes the learned weights of an Inkorgen load to rememberLearned, and a failing save does not fail the load', async () => {
    const id = Object.keys(shippedWeights())[0]!;
    const feature = { id, x: 1, leaning: 'registrera' as const };
    await recordDecisions(mailbox, Array.from({ length: 6 }, (_, i) => ({ at: `2026-11-0${i + 1}T08:00:00Z`, decided: 'gallra_ringa' as const, proposed: 'registrera' as const, scheme: FEATURE_SCHEME, features: [feature] })));
    const kept: WeightDeltas[] = [];
    const services = createServices(async () => ({ mailbox, profile, owner: POLITICIAN, clock: systemClock }), {
      rememberLearned: async (learned) => {
        kept.push(learned);
        throw new Error('roaming settings full');
      },
    });
    const items = await services.loadInbox();
    expect(items).toHaveLength(2);
    expect(kept).toHaveLength(1);
    expect(kept[0]![id]).toBeLessThan(0);
  });
});
