// record-html-to-text: writes test/fixtures/text/htmlToText.characterisation.json, the reference texts htmlToText is held to.
// The reference is the htmlparser2-based htmlToText the domain used until its own tokenizer replaced it (the code
// below is that function, unchanged). Run `node scripts/record-html-to-text.js` after adding a case; a case's
// `expected` + `why` (a deliberate, explained difference from htmlparser2) is kept as written.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { Parser } = require('htmlparser2');

const root = path.join(__dirname, '..');
const OUT = path.join(root, 'test/fixtures/text/htmlToText.characterisation.json');

/** Every HTML body of these files is a case; hostile.json's subjects and text bodies are fed as HTML too. */
const CORPUS_FILES = [
  'test/fixtures/corpus/dev.json',
  'test/fixtures/corpus/tuning-2026-12.json',
  'test/fixtures/tenants/hostile.json',
  'test/fixtures/tenants/unseen-org.json',
  'demo/tenant.json',
];
const LONGEST_KEPT = 4096;
const ALL_FIELDS_FROM = new Set(['test/fixtures/tenants/hostile.json']);

// ---- the reference: src/domain/text/htmlToText.ts as of commit 3ebd7e3 (htmlparser2 9.1.0, entities 4.5.0) ----
const DEFAULT_MAX_TEXT_CHARS = 200_000;
const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript']);
const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'section', 'article', 'header', 'footer', 'hr', 'pre', 'td', 'th', 'title',
]);
const FEED_CHUNK = 64 * 1024;
function referenceHtmlToText(html, maxChars = DEFAULT_MAX_TEXT_CHARS) {
  const parts = [];
  let length = 0;
  let skipDepth = 0;
  const push = (s) => {
    parts.push(s);
    length += s.length;
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (BLOCK.has(name)) push('\n');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) push('\n');
      },
      ontext(text) {
        if (skipDepth === 0) push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  for (let i = 0; i < html.length && length < maxChars; i += FEED_CHUNK) {
    parser.write(html.slice(i, i + FEED_CHUNK));
  }
  parser.end();
  const text = parts
    .join('')
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
// ---- end of the reference ----

/** The input of a case: inline `html`, a `repeat` list of [piece, times], or a corpus `source`. */
function inputOf(c) {
  if (typeof c.html === 'string') return c.html;
  if (c.repeat) return c.repeat.map(([piece, times]) => piece.repeat(times)).join('');
  const data = JSON.parse(fs.readFileSync(path.join(root, c.source.file), 'utf8'));
  for (const box of data.mailboxes) for (const m of box.messages) if (m.id === c.source.message) return c.source.field === 'subject' ? m.subject : m.body.content;
  throw new Error(`no message ${c.source.message} in ${c.source.file}`);
}

function corpusCases() {
  const seen = new Set();
  const cases = [];
  for (const file of CORPUS_FILES) {
    const data = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
    for (const box of data.mailboxes) {
      for (const m of box.messages) {
        const fields = ALL_FIELDS_FROM.has(file) ? ['subject', 'body'] : m.body && m.body.contentType === 'html' ? ['body'] : [];
        for (const field of fields) {
          const content = field === 'subject' ? m.subject : m.body && m.body.content;
          if (typeof content !== 'string' || content === '' || seen.has(content)) continue;
          seen.add(content);
          cases.push({ id: `${path.basename(file)}:${m.id}:${field}`, source: { file, message: m.id, field } });
        }
      }
    }
  }
  return cases;
}

/** Long texts are kept as their length and SHA-256, so the fixture stays small. */
function summarised(text) {
  return text.length <= LONGEST_KEPT ? text : { length: text.length, sha256: crypto.createHash('sha256').update(text).digest('hex') };
}

function main() {
  const previous = JSON.parse(fs.readFileSync(OUT, 'utf8'));
  const byId = new Map(previous.cases.map((c) => [c.id, c]));
  const handWritten = previous.cases.filter((c) => !c.source);
  const cases = [...corpusCases(), ...handWritten].map((c) => {
    const old = byId.get(c.id) || {};
    const record = { ...c, ...(old.maxChars ? { maxChars: old.maxChars } : {}) };
    const t0 = process.hrtime.bigint();
    record.htmlparser2 = summarised(referenceHtmlToText(inputOf(record), record.maxChars));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms > 100) process.stdout.write(`  ${record.id}: ${ms.toFixed(0)} ms\n`);
    if (old.expected !== undefined) Object.assign(record, { expected: old.expected, why: old.why });
    else delete record.expected;
    return record;
  });
  const out = { ...previous, cases };
  fs.writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
  process.stdout.write(`${cases.length} cases recorded in ${path.relative(root, OUT)}\n`);
}

main();
