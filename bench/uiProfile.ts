// bench:ui:profile — where a cold Outlook task pane's time goes until the first verdict, under CPU ×4 +
// Fast 4G: a Chrome trace (main-thread work by kind: parse, compile, script, style, layout, GC) and a
// V8 CPU profile (JavaScript self time by script and by function), both cut at the verdict.
// BENCH_UI_PROFILE_RUNS opens (default 3) are averaged; BENCH_UI_PROFILE_OUT=dir keeps the raw files.

import fs from 'fs';
import path from 'path';
import type { CDPSession } from 'playwright-core';
import { FAST_4G, preparePage, verdictPainted } from './uiBench';
import { startBenchStack, type BenchStack } from './uiDirect';

const RUNS = Number(process.env.BENCH_UI_PROFILE_RUNS ?? 3);
const OUT = process.env.BENCH_UI_PROFILE_OUT;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string } };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

type Tally = Map<string, number>;
const add = (t: Tally, key: string, ms: number) => t.set(key, (t.get(key) ?? 0) + ms);

async function trace(browserCdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  browserCdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await browserCdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  await run();
  const complete = new Promise<void>((resolve) => browserCdp.once('Tracing.tracingComplete', () => resolve()));
  await browserCdp.send('Tracing.end');
  await complete;
  return events;
}

/** Main-thread self time by event name, and script evaluation/compilation by URL, from navigation to the verdict. */
function summariseTrace(events: TraceEvent[], byKind: Tally, byScript: Tally): { start: number; verdict: number } {
  const mark = events.find((e) => e.name === 'pv-verdict');
  if (!mark) throw new Error('no pv-verdict mark in the trace');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? mark.tid;
  const nav = events.filter((e) => e.pid === mark.pid && e.name === 'navigationStart').map((e) => e.ts);
  const start = nav.length ? Math.max(...nav.filter((ts) => ts <= mark.ts)) : Math.min(...events.filter((e) => e.pid === mark.pid).map((e) => e.ts));
  const spans = events
    .filter((e) => e.pid === mark.pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts >= start && e.ts < mark.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self time: each span's duration less its direct children's (spans nest on one thread).
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const top = stack.pop()!;
      const dur = Math.min(top.e.dur ?? 0, mark.ts - top.e.ts);
      add(byKind, top.e.name, (dur - top.child) / 1000);
      if (stack.length) stack[stack.length - 1].child += dur;
    }
  };
  for (const e of spans) {
    close(e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
    const url = e.args?.data?.url;
    if (url && /^(EvaluateScript|v8\.compile|v8\.evaluateModule|ParseAuthorStyleSheet)$/.test(e.name)) add(byScript, `${e.name} ${path.basename(url)}`, Math.min(e.dur ?? 0, mark.ts - e.ts) / 1000);
  }
  close(Number.POSITIVE_INFINITY);
  return { start, verdict: mark.ts };
}

/** JavaScript self time by script and by function, for samples between navigation and the verdict. */
function summariseProfile(profile: CpuProfile, from: number, to: number, byUrl: Tally, byFunction: Tally): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i];
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    if (t < from || t >= to) continue;
    const frame = nodes.get(profile.samples[i])!.callFrame;
    const file = frame.url ? path.basename(frame.url) : '';
    add(byUrl, file || frame.functionName, next / 1000);
    add(byFunction, `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`, next / 1000);
  }
}

async function profileOpen(stack: BenchStack, index: number, tallies: Record<'kind' | 'script' | 'url' | 'fn', Tally>): Promise<number> {
  const { context, page, url, done } = await preparePage(stack, 'outlook', 400);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const browserCdp = await stack.browser.newBrowserCDPSession();
    let profile: CpuProfile | null = null;
    const events = await trace(browserCdp, async () => {
      await cdp.send('Profiler.start');
      const painted = verdictPainted(page);
      await page.goto(url);
      await painted;
      profile = ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
    });
    await browserCdp.detach();
    done();
    const { start, verdict } = summariseTrace(events, tallies.kind, tallies.script);
    summariseProfile(profile!, start, verdict, tallies.url, tallies.fn);
    if (OUT) {
      fs.mkdirSync(OUT, { recursive: true });
      fs.writeFileSync(path.join(OUT, `open-${index}.trace.json`), JSON.stringify({ traceEvents: events }));
      fs.writeFileSync(path.join(OUT, `open-${index}.cpuprofile`), JSON.stringify(profile));
    }
    return (verdict - start) / 1000;
  } finally {
    await context.close();
  }
}

function top(t: Tally, n: number, runs: number): string {
  return [...t.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => `    ${(ms / runs).toFixed(1).padStart(7)} ms  ${key}`)
    .join('\n');
}

async function main(): Promise<void> {
  const stack = await startBenchStack();
  try {
    const tallies = { kind: new Map(), script: new Map(), url: new Map(), fn: new Map() };
    const warm = { kind: new Map(), script: new Map(), url: new Map(), fn: new Map() };
    await profileOpen(stack, -1, warm); // the test server compresses each file on its first request
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) times.push(await profileOpen(stack, i, tallies));
    process.stdout.write(`Outlook open → first verdict, CPU ×4 + Fast 4G, traced and profiled (slower than untraced): ${times.map((ms) => `${Math.round(ms)} ms`).join(', ')}\n`);
    process.stdout.write(`  machine load average: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`);
    process.stdout.write(`  main-thread self time by trace event, mean per open:\n${top(tallies.kind, 18, RUNS)}\n`);
    process.stdout.write(`  script and stylesheet work by file (inclusive), mean per open:\n${top(tallies.script, 14, RUNS)}\n`);
    process.stdout.write(`  JavaScript self time by script (CPU profile), mean per open:\n${top(tallies.url, 10, RUNS)}\n`);
    process.stdout.write(`  JavaScript self time by function, mean per open:\n${top(tallies.fn, 25, RUNS)}\n`);
  } finally {
    await stack.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ui:profile failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
