// readCorpusFile: a corpus file's bytes as fs.promises.readFile gives them, with the layout scanned while they arrive, and readFile's errors.

import { readFileSync } from 'fs';
import { readFile } from 'fs/promises';
import { join } from 'path';
import { scanCorpusLayout } from '../../src/cli/corpusLayout';
import { readCorpusFile, type ReadFileOps } from '../../src/cli/readCorpusFile';

const DEV = join(__dirname, '../fixtures/corpus/dev.json');
const failure = (code: string) => Object.assign(new Error(code), { code });

interface Fake {
  ops: ReadFileOps;
  calls: string[];
}

/**
 * A file holding `content` whose fstat says `size` (a file that grew or shrank after fstat), read at
 * most `most` bytes per call; `failAt`: the read call (from 1) that fails with EIO.
 */
function fakeFile(content: Buffer, { size = content.length, most = Infinity, failAt = 0, isFile = true, closeError = false } = {}): Fake {
  const calls: string[] = [];
  let reads = 0;
  const ops: ReadFileOps = {
    open: (path, cb) => (calls.push('open'), setImmediate(() => cb(null, 7))),
    fstat: (_fd, cb) => (calls.push('fstat'), setImmediate(() => cb(null, { isFile: () => isFile, size }))),
    read: (_fd, buffer, offset, length, position, cb) => {
      reads++;
      calls.push('read');
      if (reads === failAt) return setImmediate(() => cb(failure('EIO'), 0));
      const got = position >= content.length ? 0 : content.copy(buffer, offset, position, Math.min(content.length, position + Math.min(length, most)));
      // Pieces land out of order, as a thread pool may finish them.
      setTimeout(() => cb(null, got), reads % 3);
    },
    close: (_fd, cb) => (calls.push('close'), setImmediate(() => cb(closeError ? failure('EBADF') : null))),
    readFile: async () => (calls.push('readFile'), content),
  };
  return { ops, calls };
}

describe('readCorpusFile', () => {
  it('answers the bytes readFile gives and the layout the whole scan finds', async () => {
    const { bytes, layout } = await readCorpusFile(DEV);
    const expected = await readFile(DEV);
    expect(bytes.equals(expected)).toBe(true);
    expect(layout).toEqual(scanCorpusLayout(expected));
    expect(layout).not.toBeNull();
  });

  it('reads a file in many pieces landing out of order to the same bytes and layout, and closes it once', async () => {
    const content = readFileSync(DEV);
    const { ops, calls } = fakeFile(content);
    const { bytes, layout } = await readCorpusFile(DEV, { ops, chunkBytes: 3000 });
    expect(bytes.equals(content)).toBe(true);
    expect(layout).toEqual(scanCorpusLayout(content));
    expect(calls.filter((c) => c === 'read')).toHaveLength(Math.ceil(content.length / 3000));
    expect(calls.filter((c) => c === 'close')).toEqual(['close']);
  });

  it('reads on from a piece that came short, as readFile does, to the same bytes and layout', async () => {
    const content = readFileSync(DEV);
    const { bytes, layout } = await readCorpusFile(DEV, { ops: fakeFile(content, { most: 9999 }).ops, chunkBytes: 30_000 });
    expect(bytes.equals(content)).toBe(true);
    expect(layout).toEqual(scanCorpusLayout(content));
  });

  it('answers a file shorter than fstat said with the bytes it has, as readFile does', async () => {
    const content = readFileSync(DEV);
    const { bytes, layout } = await readCorpusFile(DEV, { ops: fakeFile(content, { size: content.length + 5000 }).ops, chunkBytes: 3000 });
    expect(bytes.equals(content)).toBe(true);
    expect(layout).toEqual(scanCorpusLayout(content));
  });

  it('answers a file cut short with its bytes and no layout, so the whole-text parse reports it', async () => {
    const content = readFileSync(DEV);
    const { bytes, layout } = await readCorpusFile(DEV, { ops: fakeFile(content.subarray(0, 100_000), { size: content.length }).ops, chunkBytes: 3000 });
    expect(bytes.equals(content.subarray(0, 100_000))).toBe(true);
    expect(layout).toBeNull();
  });

  it('answers a file longer than fstat said with the first bytes fstat counted, as readFile does', async () => {
    const content = readFileSync(DEV);
    const longer = fakeFile(Buffer.concat([content, Buffer.from('{"more":1}')]), { size: content.length });
    const { bytes, layout } = await readCorpusFile(DEV, { ops: longer.ops, chunkBytes: 3000 });
    expect(bytes.equals(content)).toBe(true);
    expect(layout).toEqual(scanCorpusLayout(content));
  });

  it('fails with a read error mid-file and closes the file only once every read has come back', async () => {
    const content = readFileSync(DEV);
    const { ops, calls } = fakeFile(content, { failAt: 3 });
    await expect(readCorpusFile(DEV, { ops, chunkBytes: 10_000 })).rejects.toMatchObject({ code: 'EIO' });
    expect(calls).toEqual(['open', 'fstat', ...Array<string>(Math.ceil(content.length / 10_000)).fill('read'), 'close']);
  });

  it('fails with the read error, not a later one while closing', async () => {
    const { ops } = fakeFile(readFileSync(DEV), { failAt: 1, closeError: true });
    await expect(readCorpusFile(DEV, { ops, chunkBytes: 10_000 })).rejects.toMatchObject({ code: 'EIO' });
  });

  it('fails when closing fails after a good read, as readFile does', async () => {
    const { ops } = fakeFile(readFileSync(DEV), { closeError: true });
    await expect(readCorpusFile(DEV, { ops })).rejects.toMatchObject({ code: 'EBADF' });
  });

  it.each([
    ['an empty file', { size: 0 }],
    ['not a regular file', { isFile: false }],
  ])('leaves %s to readFile and answers no layout', async (_, options) => {
    const content = Buffer.from('{"mailboxes":[]}');
    const { ops, calls } = fakeFile(content, options);
    const { bytes, layout } = await readCorpusFile('x.json', { ops });
    expect(bytes).toBe(content);
    expect(layout).toBeUndefined();
    expect(calls).toEqual(['open', 'fstat', 'close', 'readFile']);
  });

  it.each([
    ['a missing file', 'no-such-file.json', 'ENOENT'],
    ['a directory', __dirname, 'EISDIR'],
  ])('fails for %s with the code readFile gives', async (_, path, code) => {
    await expect(readFile(path)).rejects.toMatchObject({ code });
    await expect(readCorpusFile(path)).rejects.toMatchObject({ code });
  });
});
