// The only file that reads argv: picks the command and runs it (commands live in ./commands).

import { EXIT_BAD_INPUT, processIo, type CliIo, type CommandSpec } from './io';
import { reportCommand } from './commands/report';
import { classifyCommand } from './commands/classify';
import { evaluateCommand } from './commands/evaluate';
import { serveCommand } from './commands/serve';

/** Each command registers here by name; its module turns options into calls. */
const COMMANDS: Record<string, () => CommandSpec> = {
  report: reportCommand,
  classify: classifyCommand,
  evaluate: evaluateCommand,
  serve: serveCommand,
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, spec]) => `  ${spec().usage.padEnd(58)} ${spec().summary}`);
  return ['Usage: postvakt <command> [options]', '', 'Commands:', ...lines].join('\n');
}

export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${usage()}\n`);
    await io.flush();
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const spec = COMMANDS[name];
  if (!spec) {
    io.err(`postvakt: unknown command '${name}'. Run 'postvakt --help' for the list.`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await spec().run(args, io);
  } finally {
    await io.flush();
  }
}
