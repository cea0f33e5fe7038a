#!/usr/bin/env node
// bench:size — the gzip -9 bytes of each script dist/taskpane.html preloads (rel=preload as=script: the
// classifier chunks of the first verdict) and their total, against issue 10's goal (≤ 45 KiB = 46,080 B).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const GOAL_BYTES = 45 * 1024;

/** The hrefs of the `<link rel=preload as=script>` tags of one HTML page, in order. */
function preloadedScripts(html) {
  const attr = (tag, name) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1] ?? null;
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attr(tag, 'rel') === 'preload' && attr(tag, 'as') === 'script')
    .map((tag) => attr(tag, 'href'));
}

function main() {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist'));
  const page = path.join(dist, 'taskpane.html');
  if (!fs.existsSync(page)) {
    process.stderr.write(`bench:size: ${page} not found; build first (npx webpack --mode production --no-stats)\n`);
    process.exit(2);
  }
  const files = preloadedScripts(fs.readFileSync(page, 'utf8'));
  if (files.length === 0) {
    process.stderr.write('bench:size: taskpane.html preloads no script\n');
    process.exit(2);
  }
  let total = 0;
  for (const file of files) {
    const raw = fs.readFileSync(path.join(dist, file));
    const gzip = zlib.gzipSync(raw, { level: 9 }).length;
    total += gzip;
    process.stdout.write(`${file}\t${raw.length} B raw\t${gzip} B gzip -9\n`);
  }
  const verdict = total <= GOAL_BYTES ? 'within' : 'OVER';
  process.stdout.write(`total\t${total} B gzip -9 (${(total / 1024).toFixed(2)} KiB; goal ≤ ${GOAL_BYTES} B: ${verdict} by ${Math.abs(GOAL_BYTES - total)} B)\n`);
}

if (require.main === module) main();
module.exports = { preloadedScripts };
