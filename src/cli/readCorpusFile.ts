// Reads a corpus file a piece at a time into one buffer of the size fstat gives, scanning its layout (corpusLayout) as each piece lands, so the layout is known when the last byte is.

import { close, fstat, open, read } from 'fs';
import { readFile } from 'fs/promises';
import { LayoutScanner, type CorpusLayout } from './corpusLayout';

/** Bytes per read; every piece is asked for at once, so the thread pool reads on while the main thread is busy. */
const CHUNK_BYTES = 1024 * 1024;
/** fs.promises.readFile's largest file (kIoMaxLength); a larger one is left to it, to fail as it does. */
const MAX_BYTES = 2 ** 31 - 1;

export interface ReadFileOps {
  open(path: string, callback: (error: NodeJS.ErrnoException | null, fd: number) => void): void;
  fstat(fd: number, callback: (error: NodeJS.ErrnoException | null, stats: { isFile(): boolean; size: number }) => void): void;
  /** Reads `length` bytes at file position `position` into buffer[offset…]. */
  read(fd: number, buffer: Uint8Array, offset: number, length: number, position: number, callback: (error: NodeJS.ErrnoException | null, bytesRead: number) => void): void;
  close(fd: number, callback: (error: NodeJS.ErrnoException | null) => void): void;
  readFile(path: string): Promise<Buffer>;
}

const nodeOps: ReadFileOps = {
  open: (path, callback) => open(path, 'r', callback),
  fstat: (fd, callback) => fstat(fd, callback),
  read: (fd, buffer, offset, length, position, callback) => read(fd, buffer, offset, length, position, callback),
  close: (fd, callback) => close(fd, callback),
  readFile: (path) => readFile(path),
};

const call = <T>(start: (callback: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));

/**
 * Reads the whole of a regular file of `size` bytes into `buffer`, every piece asked for at once (the
 * pool reads them while the main thread does other work), feeding `landed` with how many bytes from the
 * start have arrived. Answers how many bytes the file gave, as readFile's loop would: up to the first
 * piece that came short, then on a piece at a time until a read gives nothing (a file that shrank).
 */
function readPieces(ops: ReadFileOps, fd: number, buffer: Buffer, chunkBytes: number, landed: (bytes: number) => void): Promise<number> {
  const size = buffer.length;
  const count = Math.ceil(size / chunkBytes);
  const got = new Array<number>(count).fill(-1);
  const errors = new Array<NodeJS.ErrnoException | null>(count).fill(null);
  let settled = 0;
  let prefix = 0; // pieces landed whole from the start
  const want = (k: number) => Math.min(chunkBytes, size - k * chunkBytes);
  return new Promise<number>((resolve, reject) => {
    const finish = () => {
      // In file order, as readFile meets them: an error, or a short piece that ends what the file gave.
      for (let k = 0; k < count; k++) {
        if (errors[k]) return reject(errors[k]);
        if (got[k] < want(k)) {
          let total = k * chunkBytes + got[k];
          const more = (error: NodeJS.ErrnoException | null, bytes: number) => {
            if (error) return reject(error);
            total += bytes;
            if (bytes === 0 || total >= size) return resolve(total);
            ops.read(fd, buffer, total, Math.min(chunkBytes, size - total), total, more);
          };
          return got[k] === 0 ? resolve(total) : ops.read(fd, buffer, total, Math.min(chunkBytes, size - total), total, more);
        }
      }
      resolve(size);
    };
    for (let k = 0; k < count; k++) {
      ops.read(fd, buffer, k * chunkBytes, want(k), k * chunkBytes, (error, bytes) => {
        errors[k] = error;
        got[k] = error ? 0 : bytes;
        const start = prefix;
        while (prefix < count && !errors[prefix] && got[prefix] === want(prefix)) prefix++;
        if (prefix > start) landed(Math.min(size, prefix * chunkBytes));
        if (++settled === count) finish();
      });
    }
  });
}

/**
 * The file's bytes as fs.promises.readFile gives them (the size fstat says, fewer if the file ends
 * sooner; the same errors), with scanCorpusLayout's answer for them, found while the file was read:
 * every piece is asked for at once and each run of pieces landed from the start is scanned while the
 * rest are read. `layout` is undefined when the file was read whole instead (not a regular file, empty
 * or over 2 GB by fstat: readFile judges those).
 */
export async function readCorpusFile(
  path: string,
  { ops = nodeOps, chunkBytes = CHUNK_BYTES }: { ops?: ReadFileOps; chunkBytes?: number } = {},
): Promise<{ bytes: Buffer; layout: CorpusLayout | null | undefined }> {
  const fd = await call<number>((cb) => ops.open(path, cb));
  let bytes: Buffer | null = null;
  let layout: CorpusLayout | null = null;
  try {
    const stats = await call<{ isFile(): boolean; size: number }>((cb) => ops.fstat(fd, cb));
    const size = stats.isFile() ? stats.size : 0;
    if (size > 0 && size <= MAX_BYTES) {
      const buffer = Buffer.allocUnsafeSlow(size);
      const scanner = new LayoutScanner();
      const total = await readPieces(ops, fd, buffer, chunkBytes, (landed) => scanner.feed(buffer, landed));
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
