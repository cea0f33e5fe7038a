// The only file that reads argv: picks the command and runs it (commands live in ./commands).

import { installHtmlToText } from '../domain/text/installHtmlToText';
import { EXIT_BAD_INPUT, processIo, type CliIo, type CommandSpec } from './io';

/**
 * Each command registers here by name; its module turns options into calls. A command's module is
 * loaded only when it runs: start-up time counts (`classify` on a large file is measured end to end),
 * and the server's modules are not needed to classify.
 */
const COMMANDS: Record<string, () => CommandSpec> = {
  report: () => (require('./commands/report') as typeof import('./commands/report')).reportCommand(),
  classify: () => (require('./commands/classify') as typeof import('./commands/classify')).classifyCommand(),
  evaluate: () => (require('./commands/evaluate') as typeof import('./commands/evaluate')).evaluateCommand(),
  fit: () => (require('./commands/fit') as typeof import('./commands/fit')).fitCommand(),
  serve: () => (require('./commands/serve') as typeof import('./commands/serve')).serveCommand(),
  'export-erms': () => (require('./commands/exportErms') as typeof import('./commands/exportErms')).exportErmsCommand(),
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, spec]) => `  ${spec().usage.padEnd(58)} ${spec().summary}`);
  return ['Usage: postvakt <command> [options]', '', 'Commands:', ...lines].join('\n');
}

export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  installHtmlToText(); // the classifier reads HTML bodies through it (src/domain/text/htmlTextPort.ts)
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
