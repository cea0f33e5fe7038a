// The data file: a kill -9 during writes never leaves it unreadable, restarts resume, /_dev/reset restores the seed.

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { readState } from '../../src/server/persist';
import { startGraphServer } from '../../src/server/index';
import { rawClient } from './support';
import { POLITICIAN, syntheticCorpus } from './synthetic';

const WRITER = `
const { writeAtomically } = require('./persist.js');
const file = process.argv[2];
const filler = 'x'.repeat(1024 * 1024);
(async () => {
  for (let n = 1; ; n++) {
    await writeAtomically(file, JSON.stringify({ format: 'postvakt-graph-state/1', mailboxes: {}, uploads: {}, n, filler }));
    process.stdout.write(n + '\\n');
  }
})();
`;

describe('the data file', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pv-persist-'));
    const source = await readFile(join(__dirname, '..', '..', 'src', 'server', 'persist.ts'), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    await writeFile(join(dir, 'persist.js'), js);
    await writeFile(join(dir, 'writer.js'), WRITER);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('when the writing process is killed with SIGKILL mid-write', () => {
    it('still holds the last complete state, three times over', async () => {
      for (let round = 0; round < 3; round++) {
        const file = join(dir, `state-${round}.json`);
        const child = spawn(process.execPath, [join(dir, 'writer.js'), file], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
        let written = 0;
        await new Promise<void>((resolve) => {
          child.stdout.on('data', (chunk: Buffer) => {
            written = Number(chunk.toString().trim().split('\n').pop());
            if (written >= 3 + round) resolve();
          });
        });
        // Let it get into the middle of another write, then kill it without warning.
        await new Promise((r) => setTimeout(r, 7 * (round + 1)));
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
        const state = (await readState(file)) as unknown as { n: number; filler: string };
        expect(state.n).toBeGreaterThanOrEqual(written);
        expect(state.filler).toHaveLength(1024 * 1024);
      }
    });
  });

  describe('when the server restarts on the same data file', () => {
    it('resumes with the same state, and /_dev/reset restores the seed', async () => {
      const dataFile = join(dir, 'server.json');
      const corpus = syntheticCorpus(20);
      const first = await startGraphServer({ tenant: corpus, dataFile, dev: true });
      const client = rawClient({ ...first, dataFile, tokenFor: async () => '' }, null);
      const token = (await client.call('POST', '/_dev/token', { body: { user: POLITICIAN } })).json.access_token as string;
      const draft = await client.call('POST', '/v1.0/me/messages', { token, body: { subject: 'Överlever omstart' } });
      expect(draft.status).toBe(201);
      await client.close();
      await first.close();

      const second = await startGraphServer({ tenant: corpus, dataFile, dev: true });
      const again = rawClient({ ...second, dataFile, tokenFor: async () => '' }, null);
      const token2 = (await again.call('POST', '/_dev/token', { body: { user: POLITICIAN } })).json.access_token as string;
      const got = await again.call('GET', `/v1.0/me/messages/${draft.json.id}?$select=subject`, { token: token2 });
      expect(got.json.subject).toBe('Överlever omstart');
      expect((await again.call('POST', '/_dev/reset')).status).toBe(204);
      expect((await again.call('GET', `/v1.0/me/messages/${draft.json.id}`, { token: token2 })).status).toBe(404);
      await again.close();
      await second.close();
    });

    it('answers a $batch of changes and concurrent single changes only once they are in the data file', async () => {
      const dataFile = join(dir, 'durable.json');
      const server = await startGraphServer({ tenant: syntheticCorpus(30), dataFile, dev: true });
      const client = rawClient({ ...server, dataFile, tokenFor: async () => '' }, null);
      try {
        const token = (await client.call('POST', '/_dev/token', { body: { user: POLITICIAN } })).json.access_token as string;
        const ids = ((await client.call('GET', '/v1.0/me/messages?$select=id&$top=30', { token })).json.value as { id: string }[]).map((m) => m.id);
        const patch = (subject: string) => ({ categories: [subject] });
        const batch = await client.call('POST', '/v1.0/$batch', {
          token,
          body: {
            requests: ids.slice(0, 20).map((id, i) => ({
              id: String(i + 1),
              method: 'PATCH',
              url: `/me/messages/${id}`,
              headers: { 'Content-Type': 'application/json' },
              body: patch(`batch-${i}`),
            })),
          },
        });
        expect((batch.json.responses as { status: number }[]).every((r) => r.status === 200)).toBe(true);
        // Read at once, before anything else can write: the batch's changes are all on disk.
        const afterBatch = await readState(dataFile);
        const box = Object.values(afterBatch!.mailboxes).find((m) => m.address === POLITICIAN)!;
        expect(ids.slice(0, 20).map((id) => box.messages[id]!.categories)).toEqual(ids.slice(0, 20).map((_, i) => [`batch-${i}`]));

        // Four at once share writes (group commit), yet each answer comes after its own change is on disk.
        const singles = ids.slice(20, 24);
        await Promise.all(
          singles.map(async (id, i) => {
            const answer = await client.call('PATCH', `/v1.0/me/messages/${id}`, { token, body: patch(`single-${i}`) });
            expect(answer.status).toBe(200);
            const onDisk = Object.values((await readState(dataFile))!.mailboxes).find((m) => m.address === POLITICIAN)!;
            expect(onDisk.messages[id]!.categories).toEqual([`single-${i}`]);
          }),
        );
      } finally {
        await client.close();
        await server.close();
      }
    });

    it('refuses a data file that is not a server state', async () => {
      const dataFile = join(dir, 'wrong.json');
      await writeFile(dataFile, '{"hello":1}');
      await expect(startGraphServer({ tenant: syntheticCorpus(1), dataFile })).rejects.toThrow('not a postvakt-graph-state/1 file');
    });
  });
});
