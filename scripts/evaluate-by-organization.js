// `node scripts/evaluate-by-organization.js <corpus.json>`: `postvakt evaluate` on the whole corpus, then on each organisation's mailboxes alone.
'use strict';

const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const CLI = join(__dirname, '..', 'bin', 'postvakt.js');

function evaluate(file) {
  // evaluate exits 2 when some messages are bad; its report is still printed and the error lines go to stderr.
  try {
    return execFileSync(process.execPath, [CLI, 'evaluate', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (e) {
    if (typeof e.stdout === 'string' && e.stdout) return e.stdout;
    throw e;
  }
}

function main() {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    process.stderr.write('Usage: node scripts/evaluate-by-organization.js <corpus.json>\n');
    process.exit(2);
  }
  let corpus;
  try {
    corpus = JSON.parse(readFileSync(resolve(file), 'utf8'));
  } catch (e) {
    process.stderr.write(`evaluate-by-organization: ${file}: ${e.message}\n`);
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'postvakt-eval-'));
  try {
    const out = [`== all organisations (${corpus.organizations.map((o) => o.id).join(', ')})`, evaluate(resolve(file))];
    for (const org of corpus.organizations) {
      const part = { ...corpus, organizations: [org], mailboxes: corpus.mailboxes.filter((m) => m.organization === org.id) };
      const partFile = join(dir, `${org.id}.json`);
      writeFileSync(partFile, JSON.stringify(part));
      out.push(`== ${org.id} (${org.name}): ${part.mailboxes.length} mailboxes`, evaluate(partFile));
    }
    process.stdout.write(out.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
