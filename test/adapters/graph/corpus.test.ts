// A tenant file these tests did not write (the shared dev corpus) loads and reads through the adapter.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAIL_FOLDERS } from '../../../src/domain/types';
import { startTestGraphServer } from '../../support/graphServer';
import { connect, type TestServer } from './support/connect';

const CORPUS = join(__dirname, '../../fixtures/corpus/dev.json');

interface CorpusFile {
  mailboxes: { owner: { address: string }; messages: { folder: string }[] }[];
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestGraphServer(CORPUS);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the Graph mailbox adapter on the shared dev corpus', () => {
  const corpus = JSON.parse(readFileSync(CORPUS, 'utf8')) as CorpusFile;

  it.each(corpus.mailboxes.map((m) => [m.owner.address, m] as const))('counts and lists every message of %s', async (address, box) => {
    const { mailbox } = connect(server, address);
    const summaries = await mailbox.folderSummaries();
    const listed = await mailbox.listMessages({ folders: MAIL_FOLDERS });
    for (const folder of MAIL_FOLDERS) {
      const expected = box.messages.filter((m) => m.folder === folder).length;
      expect(summaries.find((s) => s.folder === folder)!.totalItemCount).toBe(expected);
      expect(listed.filter((m) => m.folder === folder)).toHaveLength(expected);
    }
  });
});
