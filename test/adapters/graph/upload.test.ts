// Upload sessions under faults: a range whose answer is lost, or that never arrived, resumes from the
// session's nextExpectedRanges, and the attachment arrives once and intact.

import { createGraphClient } from '../../../src/adapters/graph/client';
import { createGraphMailbox } from '../../../src/adapters/graph/graphMailbox';
import { nextExpectedStart } from '../../../src/adapters/graph/upload';
import { createNodeFetch } from '../../../src/adapters/graph/nodeFetch';
import { dev, OWNER, REGISTRAR, startWithSyntheticTenant, type TestServer } from './support/connect';

let server: TestServer;

beforeAll(async () => {
  server = await startWithSyntheticTenant({ messages: 5 });
}, 60_000);

afterEach(async () => {
  await dev(server, 'DELETE', '/_dev/faults');
});

afterAll(async () => {
  await server?.close();
});

const bytesOf = (size: number, seed: number): Uint8Array => new Uint8Array(size).map((_, i) => (i * 131 + seed) % 251);

async function attachmentsOf(draftId: string): Promise<{ name: string; contentBytes: string }[]> {
  const token = await server.tokenFor(OWNER);
  const response = await createNodeFetch(server.caCertPem)(`${server.url}/v1.0/me/messages/${encodeURIComponent(draftId)}/attachments`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { value: { name: string; contentBytes: string }[] }).value;
}

async function draft(subject: string) {
  const client = createGraphClient({
    baseUrl: server.url,
    getToken: () => server.tokenFor(OWNER),
    fetchImpl: createNodeFetch(server.caCertPem) as typeof fetch,
    retry: { delaySeconds: 0 },
  });
  const mailbox = createGraphMailbox(client, { address: OWNER, retryDelayMs: 0 });
  const id = await mailbox.createDraft({ subject, body: 'Bilaga.', toRecipients: [{ name: 'Registrator', address: REGISTRAR }] });
  return { mailbox, id };
}

describe('nextExpectedStart', () => {
  it('reads Outlook\'s "{start}" and OneDrive\'s "{start}-{end}" alike, and nothing else', () => {
    expect(nextExpectedStart({ nextExpectedRanges: ['2949120'] })).toBe(2949120);
    expect(nextExpectedStart({ nextExpectedRanges: ['0-'] })).toBe(0);
    expect(nextExpectedStart({ nextExpectedRanges: ['26-99', '200-'] })).toBe(26);
    expect(nextExpectedStart({ nextExpectedRanges: [] })).toBeNull();
    expect(nextExpectedStart({ nextExpectedRanges: ['abc'] })).toBeNull();
    expect(nextExpectedStart(undefined)).toBeNull();
  });
});

describe('addAttachment through an upload session', () => {
  describe('when a range is applied but its answer is lost, the next never arrives, and the last answer is lost too', () => {
    it('resumes from the session each time and attaches the file once, byte for byte', async () => {
      const { mailbox, id } = await draft('Avbruten uppladdning');
      const bytes = bytesOf(3_500_000, 7);
      // In order: range 1 applied then cut; range 2 cut before it arrives; range 2 again applied then cut.
      await dev(server, 'POST', '/_dev/faults', { dropAfter: true, count: 1, method: 'PUT', path: '/upload/' });
      await dev(server, 'POST', '/_dev/faults', { drop: true, count: 1, method: 'PUT', path: '/upload/' });
      await dev(server, 'POST', '/_dev/faults', { dropAfter: true, count: 1, method: 'PUT', path: '/upload/' });

      await mailbox.addAttachment(id, { name: 'karta.pdf', contentType: 'application/pdf', bytes });

      const attachments = await attachmentsOf(id);
      expect(attachments.map((a) => a.name)).toEqual(['karta.pdf']);
      expect(Buffer.from(attachments[0]!.contentBytes, 'base64').equals(Buffer.from(bytes))).toBe(true);
    }, 60_000);
  });

  describe('when every range keeps failing', () => {
    it('gives up with a network GraphError after its retries', async () => {
      const { mailbox, id } = await draft('Trasig förbindelse');
      await dev(server, 'POST', '/_dev/faults', { drop: true, method: 'PUT', path: '/upload/' });
      const error = await mailbox.addAttachment(id, { name: 'karta.pdf', contentType: 'application/pdf', bytes: bytesOf(3_500_000, 9) }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'network' });
      expect(await attachmentsOf(id)).toEqual([]);
    }, 60_000);
  });
});

describe('the upload URL', () => {
  it('answers GET with the next expected start, as Outlook attachment sessions do', async () => {
    const token = await server.tokenFor(OWNER);
    const fetchImpl = createNodeFetch(server.caCertPem);
    const { id } = await draft('Status');
    const created = await fetchImpl(`${server.url}/v1.0/me/messages/${encodeURIComponent(id)}/attachments/createUploadSession`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ AttachmentItem: { attachmentType: 'file', name: 'a.bin', size: 1000 } }),
    });
    const { uploadUrl } = (await created.json()) as { uploadUrl: string };
    await fetchImpl(uploadUrl, { method: 'PUT', headers: { 'Content-Range': 'bytes 0-399/1000' }, body: Buffer.alloc(400) });
    const status = await fetchImpl(uploadUrl);
    expect(status.status).toBe(200);
    expect(((await status.json()) as { nextExpectedRanges: string[] }).nextExpectedRanges).toEqual(['400']);
    const wrongToken = await fetchImpl(uploadUrl.replace(/authtoken=[^&]+/, 'authtoken=nope'));
    expect(wrongToken.status).toBe(404);
  }, 30_000);
});
