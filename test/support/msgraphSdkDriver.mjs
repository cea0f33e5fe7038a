// Drives Microsoft's own Graph SDK for JavaScript (@microsoft/msgraph-sdk, Kiota-generated, ESM only)
// against the local Graph server: a client we did not write. Run as a child process by
// test/server/msgraphSdk.test.ts; the job comes in POSTVAKT_SDK_JOB (JSON), the outcome goes to stdout.
// TLS: the server's CA is trusted for this client's requests only (an undici Agent), never process-wide.

import { AllowedHostsValidator, BaseBearerTokenAuthenticationProvider } from '@microsoft/kiota-abstractions';
import { GraphRequestAdapter, createGraphServiceClient } from '@microsoft/msgraph-sdk';
import { createGraphClientFactory } from '@microsoft/msgraph-sdk-core';
import '@microsoft/msgraph-sdk-users';
import { Agent, fetch as undiciFetch } from 'undici';

const job = JSON.parse(process.env.POSTVAKT_SDK_JOB ?? '{}');
const dispatcher = new Agent({ connect: { ca: job.caCertPem } });
const bodies = [];
const customFetch = async (url, init) => {
  if (typeof init?.body === 'string' || init?.body instanceof ArrayBuffer || ArrayBuffer.isView(init?.body)) {
    const text = typeof init.body === 'string' ? init.body : new TextDecoder().decode(init.body);
    bodies.push({ method: init.method, path: new URL(url).pathname, body: JSON.parse(text) });
  }
  return undiciFetch(url, { ...init, dispatcher });
};
const auth = new BaseBearerTokenAuthenticationProvider({
  getAuthorizationToken: async () => job.token,
  getAllowedHostsValidator: () => new AllowedHostsValidator(new Set([new URL(job.baseUrl).hostname])),
});
const adapter = new GraphRequestAdapter(auth, undefined, undefined, createGraphClientFactory({}, customFetch));
adapter.baseUrl = `${job.baseUrl}/v1.0`;
const client = createGraphServiceClient(adapter);
const recipient = { emailAddress: { name: 'Registrator', address: job.registrar } };

const outcome = {};
async function step(name, run) {
  try {
    outcome[name] = { ok: true, value: await run() };
  } catch (error) {
    outcome[name] = { ok: false, status: error?.responseStatusCode ?? null, code: error?.errorEscaped?.code ?? null, message: String(error?.message ?? error) };
  }
}

await step('sendMail', () =>
  client.me.sendMail.post({ message: { subject: job.subject, body: { contentType: 'text', content: 'Skickat med Graph SDK.' }, toRecipients: [recipient] }, saveToSentItems: false }),
);
await step('createForward', async () => {
  const draft = await client.me.messages.byMessageId(job.messageId).createForward.post({ toRecipients: [recipient], comment: 'För diarieföring' });
  return { isDraft: draft?.isDraft, to: draft?.toRecipients?.map((r) => r.emailAddress?.address) };
});
await step('createForwardWithoutRecipients', () => client.me.messages.byMessageId(job.messageId).createForward.post({ comment: 'Ingen mottagare' }));
await step('move', async () => (await client.me.messages.byMessageId(job.moveId).move.post({ destinationId: 'archive' }))?.parentFolderId);

process.stdout.write(JSON.stringify({ outcome, bodies }));
