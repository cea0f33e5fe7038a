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

export function processIo(): CliIo {
  let buffer: string[] = [];
  let size = 0;
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => {
      if (process.stdout.write(text)) resolve();
      else process.stdout.once('drain', () => resolve());
    });
  let pending: Promise<void> = Promise.resolve();
  return {
    out(text) {
      buffer.push(text);
      size += text.length;
      if (size >= CHUNK) {
        const chunk = buffer.join('');
        buffer = [];
        size = 0;
        pending = pending.then(() => write(chunk));
      }
    },
    err(line) {
      process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
    },
    async flush() {
      const chunk = buffer.join('');
      buffer = [];
      size = 0;
      await pending;
      if (chunk) await write(chunk);
    },
  };
}
