// The CLI's I/O seam: commands write through this, so tests can capture output and output is buffered.

export interface CliIo {
  /** Appends to stdout; flushed in large chunks. */
  out(text: string): void;
  /** Writes one line to stderr at once. */
  err(line: string): void;
  flush(): Promise<void>;
}

/** Exit codes: 0 ok, 1 failure while running, 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

export interface CommandSpec {
  summary: string;
  usage: string;
  run: CliCommand;
}

const CHUNK = 1 << 16;

/**
 * Standard output in chunks of CHUNK characters, written as soon as a chunk is full: on Linux,
 * writes to files and pipes complete at once, so output never piles up in memory; elsewhere Node
 * keeps the chunks in order and flush waits until they are out.
 */
export function processIo(): CliIo {
  // One string grown by +=: V8 keeps it as a rope until written, several times cheaper than joining an array of lines.
  let pending = '';
  let drained: Promise<void> | null = null;
  const write = (chunk: string) => {
    if (!process.stdout.write(chunk) && !drained) {
      drained = new Promise((resolve) =>
        process.stdout.once('drain', () => {
          drained = null;
          resolve();
        }),
      );
    }
  };
  const writeBuffer = () => {
    if (pending.length === 0) return;
    write(pending);
    pending = '';
  };
  return {
    out(text) {
      pending += text;
      if (pending.length >= CHUNK) writeBuffer();
    },
    err(line) {
      process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
    },
    async flush() {
      writeBuffer();
      while (drained) await drained;
    },
  };
}
