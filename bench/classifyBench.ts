// `npm run bench:classify`: classifies a 50,000-message mailbox generated from the dev corpus; prints throughput, p50/p99, peak memory.

import { readFileSync } from 'fs';
import os from 'os';
import { join } from 'path';
import { parseCorpus, type CorpusMessage } from '../src/domain/corpus';
import { profileForOrganization } from '../src/domain/policy';
import { buildClassifyContext, classify } from '../src/domain/classify';

const MESSAGES = 50_000;
const root = join(__dirname, '../..');

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function htmlMessage(base: CorpusMessage, bytes: number): CorpusMessage {
  const block = '<tr><td style="padding:8px"><p>Nyheter från förvaltningen: <b>budget</b>, skola och <a href="https://example.se">läs mer</a>.</p></td></tr>\n';
  const html = `<html><body><span style="display:none">Förhandstext</span><table>${block.repeat(Math.ceil(bytes / block.length))}</table></body></html>`;
  return { ...base, id: 'html-100k', body: { contentType: 'html', content: html } };
}

function main(): void {
  const { corpus } = parseCorpus(readFileSync(join(root, 'test/fixtures/corpus/dev.json'), 'utf8'));
  if (!corpus) throw new Error('dev corpus did not parse');
  const box = corpus.mailboxes[0];
  const profile = profileForOrganization(corpus.organizations.find((o) => o.id === box.organization)!);
  const source = corpus.mailboxes.flatMap((b) => b.messages);
  // Vary subject and id so no two messages are identical strings.
  const mailbox: CorpusMessage[] = Array.from({ length: MESSAGES }, (_, i) => {
    const m = source[i % source.length];
    return { ...m, id: `${m.id}-${i}`, subject: `${m.subject} #${i}` };
  });
  const owner = { name: box.owner.name, address: box.owner.address, roles: box.roles, party: box.party };
  const context = buildClassifyContext(owner, mailbox);

  for (let i = 0; i < 2000; i++) classify(mailbox[i], profile, context); // warm-up
  const times = new Float64Array(MESSAGES);
  let peakRss = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < MESSAGES; i++) {
    const t0 = process.hrtime.bigint();
    classify(mailbox[i], profile, context);
    times[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    if ((i & 4095) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  times.sort();

  const big = htmlMessage(source[0], 100 * 1024);
  for (let i = 0; i < 5; i++) classify(big, profile, context);
  const runs = 20;
  const h0 = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) classify(big, profile, context);
  const htmlMs = Number(process.hrtime.bigint() - h0) / 1e6 / runs;

  const lines = [
    `classify bench: ${MESSAGES} messages generated from the dev corpus (${source.length} distinct bodies), one core`,
    `  throughput      ${Math.round(MESSAGES / (totalMs / 1000))} messages/s wall clock, ${Math.round(MESSAGES / (cpuMs / 1000))} messages/s of CPU time   (goal ≥ 20000)`,
    `  machine load    ${os.loadavg()[0].toFixed(1)} (1-minute load average on ${os.cpus().length} cores: above 1 the figures are pessimistic)`,
    `  p50 / p99       ${percentile(times, 0.5).toFixed(3)} ms / ${percentile(times, 0.99).toFixed(3)} ms per message   (goal p99 ≤ 1 ms)`,
    `  peak memory     ${Math.round(peakRss / 1024 / 1024)} MB RSS`,
    `  100 KB HTML     ${htmlMs.toFixed(2)} ms per message   (goal ≤ 5 ms)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
