// `postvakt serve [--tenant FILE] [--data FILE] [--port N] [--host H]`: the local Graph server until Ctrl-C.

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { startGraphServer } from '../../server/index';
import { EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, type CliIo, type CommandSpec } from '../io';

const USAGE = 'postvakt serve [--tenant FILE] [--data FILE] [--port N] [--host H]';

interface Options {
  tenant: string;
  data: string;
  port: number;
  host: string;
}

/** The package root (holds package.json), from src/ or the compiled lib/src/. */
function packageRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export function parseServeArgs(args: string[], cwd = process.cwd()): Options | string {
  const options: Options = {
    tenant: join(packageRoot(), 'test', 'fixtures', 'corpus', 'dev.json'),
    data: join(cwd, '.data', 'graph-data.json'),
    port: 8443,
    host: '127.0.0.1',
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!['--tenant', '--data', '--port', '--host'].includes(a)) return `Unknown option ${a}.`;
    const value = args[++i];
    if (!value || value.startsWith('--')) return `${a} needs a value.`;
    if (a === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port must be 0–65535, got ${value}.`;
      options.port = port;
    } else if (a === '--tenant') options.tenant = resolve(cwd, value);
    else if (a === '--data') options.data = resolve(cwd, value);
    else options.host = value;
  }
  return options;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseServeArgs(args);
  if (typeof parsed === 'string') {
    io.err(`postvakt serve: ${parsed}\nUsage: ${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  let server;
  try {
    await mkdir(dirname(parsed.data), { recursive: true });
    server = await startGraphServer({
      tenantFile: parsed.tenant,
      dataFile: parsed.data,
      port: parsed.port,
      host: parsed.host,
      dev: true,
      log: (line) => io.err(line),
    });
  } catch (error) {
    io.err(`postvakt serve: the server did not start: ${(error as Error).message}`);
    return EXIT_FAILURE;
  }
  const caFile = `${parsed.data}.ca.pem`;
  await writeFile(caFile, server.caCertPem);
  io.out(`Local Graph server: ${server.url}  (Graph at ${server.url}/v1.0, dev endpoints at ${server.url}/_dev)\n`);
  io.out(`Data file: ${parsed.data}\nCA certificate (trust it per client, never process-wide): ${caFile}\nStop with Ctrl-C.\n`);
  await io.flush();
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  return EXIT_OK;
}

export function serveCommand(): CommandSpec {
  return { summary: 'Run the local Microsoft Graph-compatible server (https, dev tokens)', usage: USAGE, run };
}
