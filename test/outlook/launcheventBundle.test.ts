// launchevent.js as classic Outlook on Windows runs it: one script, no imports, no DOM, no Office.onReady.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

const ROOT = path.join(__dirname, '..', '..');

type Completed = { allowEvent: boolean; errorMessage?: string; cancelLabel?: string };

let bundle = '';

beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configs = require(path.join(ROOT, 'webpack.outlook.js'))({}, { mode: 'production' }) as import('webpack').Configuration[];
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'postvakt-launchevent-'));
  const config = configs.find((c) => c.name === 'launchevent')!;
  await new Promise<void>((resolve, reject) => {
    webpack({ ...config, plugins: (config.plugins ?? []).filter((p) => p?.constructor.name !== 'HtmlWebpackPlugin'), output: { ...config.output, path: out } }, (error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
      else resolve();
    });
  });
  bundle = fs.readFileSync(path.join(out, 'launchevent.js'), 'utf8');
  fs.rmSync(out, { recursive: true, force: true });
}, 120000);

function run(body: string, sets: Record<string, string> = { Mailbox: '1.14' }) {
  const handlers = new Map<string, (event: { completed(o: Completed): void }) => void>();
  const ok = (value: unknown) => (cb: (r: unknown) => void) => cb({ status: 'succeeded', value });
  const item = {
    subject: { getAsync: ok('Ärende') },
    body: { getAsync: (_t: unknown, cb: (r: unknown) => void) => ok(body)(cb) },
    to: { getAsync: ok([{ emailAddress: 'a@mjolby.se', recipientType: 'user' }]) },
    cc: { getAsync: ok([]) },
    bcc: { getAsync: ok([]) },
  };
  const Office = {
    actions: { associate: (name: string, fn: (event: { completed(o: Completed): void }) => void) => handlers.set(name, fn) },
    context: { mailbox: { item }, requirements: { isSetSupported: (name: string, version: string) => name in sets && Number(version.split('.')[1]) <= Number(sets[name]!.split('.')[1]) } },
    CoercionType: { Text: 'text' },
  };
  // Only what the JS-only runtime offers: no window, document, fetch or onReady.
  const context = vm.createContext({ Office, setTimeout, clearTimeout });
  vm.runInContext(bundle, context);
  return handlers;
}

function send(handlers: ReturnType<typeof run>): Promise<Completed> {
  return new Promise((resolve) => handlers.get('onMessageSendHandler')!({ completed: resolve }));
}

describe('launchevent.js bundle', () => {
  it('is one script without module syntax or chunk loading', () => {
    expect(bundle).not.toMatch(/^\s*import\s|\bimport\(|importScripts|require\(/m);
    expect(bundle).not.toContain('Office.onReady');
    expect(bundle).not.toContain('process.env');
  });

  it('registers onMessageSendHandler at load time, without a DOM', () => {
    expect([...run('Hej').keys()]).toEqual(['onMessageSendHandler']);
  });

  it('warns on a personnummer with the Mjölby rule and a Don\'t Send label on Mailbox 1.14', async () => {
    const result = await send(run('Personnummer 811218-9876.'));
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).toContain('Mjölby');
    expect(result.cancelLabel).toBe('Redigera mejlet');
  });

  it('leaves out the label on Mailbox 1.12 and allows an ordinary mail', async () => {
    expect(await send(run('Personnummer 811218-9876.', { Mailbox: '1.12' }))).not.toHaveProperty('cancelLabel');
    expect(await send(run('Vi ses på torsdag.'))).toEqual({ allowEvent: true });
  });
});
