// Classifier equivalence digest: every message of the labelled corpora classified three ways, each output hashed; `node lib/bench/classifyDigest.js --write` records it, the jest test compares.

import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parseCorpus, type CorpusMessage } from '../src/domain/corpus';
import { profileForOrganization } from '../src/domain/policy';
import { buildClassifyContext, classify, CLASSIFIER_VERSION, modelInputs, type ClassifyContext } from '../src/domain/classify';
import type { MailMessage } from '../src/domain/types';
import { installHtmlToText } from '../src/domain/text/installHtmlToText';

/** The corpora read (never fresh-2026-12e or later held-out sets: their messages stay unread until their round). */
export const DIGEST_CORPORA = ['dev', 'tuning-2026-12', 'fresh-2026-12', 'fresh-2026-12b', 'fresh-2026-12c', 'fresh-2026-12d'] as const;

const CORPUS_DIR = join(__dirname, '..', '..', 'test/fixtures/corpus');
/** Written next to the corpora; relative to the repository root. */
export const DIGEST_FILE = 'test/fixtures/classify-digest.txt';

/** Numbers to 1e-9, so a sum taken in another order still agrees. */
const round9 = (x: number) => Math.round(x * 1e9) / 1e9;

/** Everything classify answers and the model's inputs (feature, value, weight, evidence), as one canonical string. */
export function canonicalOutput(message: MailMessage, profile: ReturnType<typeof profileForOrganization>, context: ClassifyContext): string {
  const v = classify(message, profile, context);
  const hits = modelInputs(message, profile, context);
  return JSON.stringify([
    v.category,
    v.subtype,
    round9(v.confidence),
    v.flags,
    v.reasons.map((r) => [r.rule, r.evidence]),
    hits && hits.map((h) => [h.id, round9(h.x), h.leaning, round9(h.weight), h.label, h.subtype, h.evidence, h.quoted]),
  ]);
}

/** The same message in capitals: the lower-casing of text, subject and names is exercised on every letter. */
function shouted(m: CorpusMessage): CorpusMessage {
  return { ...m, subject: m.subject.toUpperCase(), body: { ...m.body, content: m.body.content.toUpperCase() } };
}

/** One line per message and way: `corpus mailbox id way hash`, in corpus order. */
export function digestLines(root: string): string[] {
  const lines: string[] = [];
  for (const name of DIGEST_CORPORA) {
    const { corpus, errors } = parseCorpus(readFileSync(join(root, `${name}.json`), 'utf8'));
    if (!corpus) throw new Error(`${name}.json did not parse: ${errors.map((e) => e.message).join('; ')}`);
    for (const box of corpus.mailboxes) {
      const profile = profileForOrganization(corpus.organizations.find((o) => o.id === box.organization)!);
      const owner = { ...box.owner, roles: box.roles, party: box.party };
      const full = buildClassifyContext(owner, box.messages);
      const bare: ClassifyContext = { owner, knownCorrespondents: new Set(), thread: null };
      const ways: [string, () => string][] = [];
      for (const m of box.messages) {
        ways.length = 0;
        ways.push(['mailbox', () => canonicalOutput(m, profile, full)], ['alone', () => canonicalOutput(m, profile, bare)], ['caps', () => canonicalOutput(shouted(m), profile, bare)]);
        for (const [way, out] of ways) lines.push(`${name} ${box.owner.address} ${m.id} ${way} ${createHash('sha256').update(out()).digest('hex').slice(0, 16)}`);
      }
    }
  }
  return lines;
}

/** The digest file's text: a header naming the classifier version, then the lines. */
export function digestText(root: string): string {
  return `# ${CLASSIFIER_VERSION}: classify + modelInputs on ${DIGEST_CORPORA.join(', ')} (regenerate: npx tsc -p tsconfig.node.json && node lib/bench/classifyDigest.js --write)\n${digestLines(root).join('\n')}\n`;
}

if (require.main === module) {
  installHtmlToText(); // run as a script, this file is an entry point (src/domain/text/htmlTextPort.ts)
  const text = digestText(CORPUS_DIR);
  const out = join(__dirname, '..', '..', DIGEST_FILE);
  if (process.argv.includes('--write')) {
    writeFileSync(out, text);
    process.stdout.write(`wrote ${out}: ${text.split('\n').length - 2} lines\n`);
  } else {
    const want = readFileSync(out, 'utf8').split('\n');
    const got = text.split('\n');
    const differ = got.filter((l, i) => i > 0 && l !== want[i]);
    if (want.length !== got.length) differ.push(`line count ${got.length} against ${want.length}`);
    process.stdout.write(differ.length ? `${differ.length} lines differ, first: ${differ.slice(0, 5).join(' | ')}\n` : `identical: ${got.length - 2} lines\n`);
    process.exitCode = differ.length ? 1 : 0;
  }
}
