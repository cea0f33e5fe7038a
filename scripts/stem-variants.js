#!/usr/bin/env node
// Writes src/domain/classify/stem-variants.json: every stem family word's variants (stemConcepts.ts),
// so the task pane does not stem them all when the classifier loads. Run after changing a family's
// words or the stemmer (`npm run gen:stem-variants`); stemConcepts.test.ts fails until then.
'use strict';
const fs = require('fs');
const path = require('path');

const { STEM_FAMILIES, variants } = require('../lib/src/domain/classify/stemConcepts.js');

const out = {};
for (const family of STEM_FAMILIES) {
  for (const w of family.words.split(' ')) {
    const base = w.startsWith('=') ? w.slice(1) : w;
    out[base] = [...variants(base)];
  }
}
const file = path.join(__dirname, '../src/domain/classify/stem-variants.json');
// One word per line, so a change to the word lists shows as a readable diff.
const lines = Object.entries(out).map(([word, stems]) => `  ${JSON.stringify(word)}: ${JSON.stringify(stems)}`);
const comment = JSON.stringify('Written by npm run gen:stem-variants from stemConcepts.ts: do not edit.');
fs.writeFileSync(file, `{\n "comment": ${comment},\n "variants": {\n${lines.join(',\n')}\n }\n}\n`);
process.stdout.write(`stem-variants: ${Object.keys(out).length} words, ${Object.values(out).reduce((n, v) => n + v.length, 0)} stems -> ${path.relative(process.cwd(), file)}\n`);
