// Alternated cold Outlook opens of two or more task pane builds (before/after), for bench:ui comparisons.
// `node scripts/ui-compare.js snapshot NAME` copies this checkout's built lib/ and dist/ (npx tsc -p
// tsconfig.node.json; npx webpack --mode production --env taskpaneOnly) to $TMPDIR/postvakt-ui/NAME;
// `node scripts/ui-compare.js run NAME NAME...` opens each in turn (UI_COMPARE_RUNS rounds, default 16)
// under CPU ×4 + Fast 4G over HTTP/2 and prints medians, ranges, the start marks and the first wave's
// network times. UI_COMPARE_DIRECT=1 leaves out Playwright's request interception (every request of a
// routed page waits for this Node process, which eats much of what the network order changes):
// Office.js's host is then mapped to the test server, which serves the stand-in. A snapshot whose bench
// has bench/uiDirect.ts (startBenchStack) never intercepts: its own set-up is used either way.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const BASE = path.join(os.tmpdir(), 'postvakt-ui');
const MARKS = ['entry', 'start', 'ready', 'item', 'engine', 'judged', 'painted'];
const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.floor(s.length / 2)]) : NaN;
};

function snapshot(name) {
  for (const need of ['lib/bench/uiBench.js', 'dist/taskpane.html']) {
    if (!fs.existsSync(path.join(ROOT, need))) throw new Error(`${need} is missing: build first (npx tsc -p tsconfig.node.json; npx webpack --mode production --env taskpaneOnly)`);
  }
  const dir = path.join(BASE, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of ['package.json', 'webpack.config.js', 'scripts', 'demo', 'config', 'bench', 'lib', 'dist']) {
    if (fs.existsSync(path.join(ROOT, entry))) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  // For UI_COMPARE_DIRECT: the stand-in where Office.js's CDN path points.
  fs.mkdirSync(path.join(dir, 'dist/lib/1/hosted'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'bench/uiOfficeMock.js'), path.join(dir, 'dist/lib/1/hosted/office.js'));
  process.stdout.write(`snapshot ${name}: ${dir}\n`);
}

async function directPage(build, stack) {
  const { chromium } = require('playwright-core');
  const { findChromium, CHROMIUM_ARGS } = require(path.join(build.dir, 'scripts/chromium.js'));
  const port = new URL(stack.origin).port;
  build.browser ??= await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP appsforoffice.microsoft.com 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE localhost`],
  });
  const context = await build.browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 400, height: 800 } });
  const tenant = JSON.parse(fs.readFileSync(path.join(build.dir, 'demo/tenant.json'), 'utf8'));
  const items = tenant.mailboxes[0].messages.filter((m) => m.folder === 'inbox' && !/[<>]/.test(m.subject)).slice(0, 6);
  await context.addInitScript((list) => {
    window.__postvaktBenchItems = list;
  }, items);
  await context.addInitScript(build.bench.MARK_VERDICT);
  return { context, page: await context.newPage(), url: `${stack.origin}/taskpane.html` };
}

async function open(build, direct) {
  const routed = !build.direct;
  const { context, page, url, done } = direct && routed ? await directPage(build, build.stack) : await build.bench.preparePage(build.stack, 'outlook', 400);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', build.bench.FAST_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const painted = build.bench.verdictPainted(page);
    await page.goto(url);
    await painted;
    if (done) done();
    const { metrics } = await cdp.send('Performance.getMetrics');
    const result = await page.evaluate((names) => {
      const at = (n) => performance.getEntriesByName(`pv-${n}`, 'mark')[0]?.startTime ?? NaN;
      const net = (re) => {
        const e = performance.getEntriesByType('resource').find((r) => re.test(r.name));
        return e ? { asked: e.startTime, in: e.responseEnd } : { asked: NaN, in: NaN };
      };
      return { ms: window.verdictAt, marks: Object.fromEntries(names.map((n) => [n, at(n)])), entry: net(/\/taskpane\.[0-9a-f]+\.js$/), office: net(/\/office\.js$/) };
    }, MARKS);
    result.threadMs = (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
    return result;
  } finally {
    await context.close();
  }
}

async function run(names) {
  if (names.length < 1) throw new Error('usage: node scripts/ui-compare.js run NAME [NAME...] (make each with: snapshot NAME)');
  const rounds = Number(process.env.UI_COMPARE_RUNS ?? 16);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`UI_COMPARE_RUNS must be a whole number of rounds, not "${process.env.UI_COMPARE_RUNS}"`);
  const direct = process.env.UI_COMPARE_DIRECT === '1';
  const builds = names.map((name) => {
    const dir = path.join(BASE, name);
    if (!fs.existsSync(path.join(dir, 'lib/bench/uiBench.js'))) throw new Error(`no snapshot "${name}" in ${BASE}: run "node scripts/ui-compare.js snapshot ${name}" after building`);
    const directModule = path.join(dir, 'lib/bench/uiDirect.js');
    return {
      name,
      dir,
      stackModule: fs.existsSync(directModule) ? { startStack: require(directModule).startBenchStack } : require(path.join(dir, 'lib/test/browser/support/stack.js')),
      direct: fs.existsSync(directModule),
      bench: require(path.join(dir, 'lib/bench/uiBench.js')),
      opens: [],
    };
  });
  try {
    for (const b of builds) {
      b.stack = await b.stackModule.startStack({ http2: true });
      await open(b, direct); // the test server compresses each file on its first request
    }
    const loadAt = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const load = loadAt();
    for (let i = 0; i < rounds; i += 1) for (const b of i % 2 ? [...builds].reverse() : builds) b.opens.push(await open(b, direct));
    process.stdout.write(`CPU ×4 + Fast 4G, HTTP/2${direct ? ', no request interception' : ''}, ${rounds} alternated opens each; load ${load} → ${loadAt()}\n`);
    for (const b of builds) {
      const ms = b.opens.map((o) => o.ms);
      process.stdout.write(`${b.name}: open → verdict median ${median(ms)} ms (runs ${Math.round(Math.min(...ms))}–${Math.round(Math.max(...ms))}), ThreadTime ${median(b.opens.map((o) => o.threadMs))} ms\n`);
      process.stdout.write(`  start marks: ${MARKS.map((n) => `${n} ${median(b.opens.map((o) => o.marks[n]))}`).join(', ')}\n`);
      process.stdout.write(`  network: entry asked ${median(b.opens.map((o) => o.entry.asked))}, in ${median(b.opens.map((o) => o.entry.in))}; Office.js asked ${median(b.opens.map((o) => o.office.asked))}, in ${median(b.opens.map((o) => o.office.in))}\n`);
    }
    if (builds.length === 2) {
      const d = builds[1].opens.map((o, i) => o.ms - builds[0].opens[i].ms);
      process.stdout.write(`paired (${builds[1].name} − ${builds[0].name}, per round): median ${median(d)} ms, ${builds[1].name} faster in ${d.filter((x) => x < 0).length}/${d.length}\n`);
    }
  } finally {
    for (const b of builds) {
      if (b.browser) await b.browser.close().catch(() => undefined);
      if (b.stack) await b.stack.close();
    }
  }
}

const [command, ...args] = process.argv.slice(2);
Promise.resolve()
  .then(() => {
    if (command === 'snapshot' && args.length === 1 && /^[\w.-]+$/.test(args[0])) return snapshot(args[0]);
    if (command === 'run') return run(args);
    throw new Error('usage: node scripts/ui-compare.js snapshot NAME | run NAME [NAME...]');
  })
  .catch((error) => {
    process.stderr.write(`ui-compare: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
