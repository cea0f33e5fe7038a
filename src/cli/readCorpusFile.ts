// Reads a corpus file a piece at a time into one buffer of the size fstat gives, scanning its layout (corpusLayout) as each piece lands, so the layout is known when the last byte is.

import { close, fstat, open, read } from 'fs';
import { readFile } from 'fs/promises';
import { LayoutScanner, type CorpusLayout } from './corpusLayout';

/** Bytes read at a time, as fs.promises.readFile reads a file whose size it knows. */
const CHUNK_BYTES = 512 * 1024;
/** fs.promises.readFile's largest file (kIoMaxLength); a larger one is left to it, to fail as it does. */
const MAX_BYTES = 2 ** 31 - 1;

export interface ReadFileOps {
  open(path: string, callback: (error: NodeJS.ErrnoException | null, fd: number) => void): void;
  fstat(fd: number, callback: (error: NodeJS.ErrnoException | null, stats: { isFile(): boolean; size: number }) => void): void;
  read(fd: number, buffer: Uint8Array, offset: number, length: number, callback: (error: NodeJS.ErrnoException | null, bytesRead: number) => void): void;
  close(fd: number, callback: (error: NodeJS.ErrnoException | null) => void): void;
  readFile(path: string): Promise<Buffer>;
}

const nodeOps: ReadFileOps = {
  open: (path, callback) => open(path, 'r', callback),
  fstat: (fd, callback) => fstat(fd, callback),
  read: (fd, buffer, offset, length, callback) => read(fd, buffer, offset, length, -1, callback),
  close: (fd, callback) => close(fd, callback),
  readFile: (path) => readFile(path),
};

const call = <T>(start: (callback: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));

/**
 * The file's bytes as fs.promises.readFile gives them (the size fstat says, fewer if the file ends
 * sooner; the same errors), with scanCorpusLayout's answer for them, found while the file was read:
 * the next piece is asked for before the one that landed is scanned. `layout` is undefined when the
 * file was read whole instead (not a regular file, empty or over 2 GB by fstat: readFile judges those).
 */
export async function readCorpusFile(path: string, ops: ReadFileOps = nodeOps): Promise<{ bytes: Buffer; layout: CorpusLayout | null | undefined }> {
  const fd = await call<number>((cb) => ops.open(path, cb));
  let bytes: Buffer | null = null;
  let layout: CorpusLayout | null = null;
  try {
    const stats = await call<{ isFile(): boolean; size: number }>((cb) => ops.fstat(fd, cb));
    const size = stats.isFile() ? stats.size : 0;
    if (size > 0 && size <= MAX_BYTES) {
      const buffer = Buffer.allocUnsafeSlow(size);
      const scanner = new LayoutScanner();
      const next = (from: number) => call<number>((cb) => ops.read(fd, buffer, from, Math.min(size - from, CHUNK_BYTES), cb));
      let total = 0;
      let pending = next(0);
      for (;;) {
        const got = await pending;
        total += got;
        const done = got === 0 || total >= size;
        if (!done) pending = next(total);
        scanner.feed(buffer, total);
        if (done) break;
      }
      bytes = total === size ? buffer : buffer.subarray(0, total);
      layout = scanner.finish(bytes);
    }
  } finally {
    const closed = call<void>((cb) => ops.close(fd, (e) => cb(e, undefined)));
    // As readFile: an error while reading wins over one while closing.
    if (bytes) await closed;
    else await closed.catch(() => undefined);
  }
  if (!bytes) return { bytes: await ops.readFile(path), layout: undefined };
  return { bytes, layout };
}
