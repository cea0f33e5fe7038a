#!/usr/bin/env node
// Writes src/domain/classify/stem-variants.json: every stem family word's variants as edits (stemConcepts.ts),
// so the task pane does not stem them all when the classifier loads. Run after changing a family's
// words or the stemmer (`npm run gen:stem-variants`); stemConcepts.test.ts fails until then.
'use strict';
const fs = require('fs');
const path = require('path');

const { FAMILY_WORDS, variants, encodeVariants } = require('../lib/src/domain/classify/stemConcepts.js');

const file = path.join(__dirname, '../src/domain/classify/stem-variants.json');
// One word's edits per line (aligned with the family words in stemConcepts.ts), so a change shows as a diff.
const edits = FAMILY_WORDS.map((w) => encodeVariants(w, variants(w)));
const comment = JSON.stringify('Written by npm run gen:stem-variants from stemConcepts.ts: do not edit. One entry per family word, in order: each variant as letters cut from the word\'s end and letters added (encodeVariants).');
fs.writeFileSync(file, `{\n "comment": ${comment},\n "edits": [\n${edits.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n ]\n}\n`);
process.stdout.write(`stem-variants: ${edits.length} words, ${edits.reduce((n, e) => n + e.split(',').length, 0)} stems -> ${path.relative(process.cwd(), file)}\n`);
