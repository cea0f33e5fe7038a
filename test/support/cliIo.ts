// A CliIo that keeps what a command wrote: stdout as one string, stderr as lines joined with newlines.

import type { CliIo } from '../../src/cli/io';

export function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => {
      out += text;
    },
    err: (line) => {
      err += `${line}\n`;
    },
    flush: async () => undefined,
    stdout: () => out,
    stderr: () => err,
  };
}
