// The local Graph server answers Microsoft's own Graph SDK for JavaScript (Kiota-generated), which
// sends action parameters in PascalCase: a client we did not write (run in a child process, ESM).

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestGraphServer, type TestGraphServer } from '../support/graphServer';
import { rawClient, type Raw } from './support';
import { POLITICIAN, REGISTRAR, syntheticCorpus } from './synthetic';

const run = promisify(execFile);
const DRIVER = join(__dirname, '..', 'support', 'msgraphSdkDriver.mjs');

interface Step {
  ok: boolean;
  value?: unknown;
  status?: number | null;
  code?: string | null;
}

describe('the local Graph server driven by @microsoft/msgraph-sdk', () => {
  let server: TestGraphServer;
  let anna: Raw;
  let registrar: Raw;
  let outcome: Record<string, Step>;
  let bodies: { path: string; body: Record<string, unknown> }[];

  beforeAll(async () => {
    server = await startTestGraphServer(syntheticCorpus(10));
    anna = rawClient(server, await server.tokenFor(POLITICIAN));
    registrar = rawClient(server, await server.tokenFor(REGISTRAR));
    const [messageId, moveId] = (await anna.call('GET', '/v1.0/me/mailFolders/inbox/messages?$select=id&$top=2')).json.value.map((m: { id: string }) => m.id);
    const job = { baseUrl: server.url, caCertPem: server.caCertPem, token: await server.tokenFor(POLITICIAN), registrar: REGISTRAR, subject: 'Från Graph SDK', messageId, moveId };
    const { stdout } = await run(process.execPath, [DRIVER], { env: { ...process.env, POSTVAKT_SDK_JOB: JSON.stringify(job) }, timeout: 60_000 });
    ({ outcome, bodies } = JSON.parse(stdout));
  }, 90_000);

  afterAll(async () => {
    await anna?.close();
    await registrar?.close();
    await server?.close();
  });

  it('is sent the parameters in PascalCase, with the message\'s own properties in camelCase', () => {
    const sendMail = bodies.find((b) => b.path.endsWith('/sendMail'))!.body;
    expect(Object.keys(sendMail).sort()).toEqual(['Message', 'SaveToSentItems']);
    expect(Object.keys(sendMail.Message as object)).toEqual(expect.arrayContaining(['subject', 'toRecipients']));
    expect(Object.keys(bodies.find((b) => b.path.endsWith('/createForward'))!.body).sort()).toEqual(['Comment', 'ToRecipients']);
  });

  it('delivers sendMail to the registrar', async () => {
    expect(outcome.sendMail).toMatchObject({ ok: true });
    const subjects = (await registrar.call('GET', '/v1.0/me/mailFolders/inbox/messages?$select=subject&$top=100')).json.value.map((m: { subject: string }) => m.subject);
    expect(subjects).toContain('Från Graph SDK');
  });

  it('creates a forward draft addressed to the registrar', () => {
    expect(outcome.createForward).toEqual({ ok: true, value: { isDraft: true, to: [REGISTRAR] } });
  });

  it('answers a createForward without recipients with 400, which the SDK raises as an error', () => {
    expect(outcome.createForwardWithoutRecipients).toMatchObject({ ok: false, status: 400, code: 'ParameterValueEmpty' });
  });

  it('moves a message to the DestinationId folder', async () => {
    const archive = (await anna.call('GET', '/v1.0/me/mailFolders/archive?$select=id')).json.id;
    expect(outcome.move).toEqual({ ok: true, value: archive });
  });
});
