#!/usr/bin/env node
// Entry point of the `postvakt` command: runs the CLI compiled by `npm run build:node` (the prepare script).
'use strict';
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'lib', 'src', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('postvakt: the CLI is not built. Run `npm install` (or `npm run build:node`) first.\n');
  process.exit(2);
}
require(main).run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`postvakt: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 1; },
);
