#!/usr/bin/env node
// `npm run demo:reset [-- --tenant FILE]`: restores the demo tenant's seed by removing its state
// file; the next `npm start` (or a running one after a restart) begins from the seed again.
'use strict';
const fs = require('fs');
const path = require('path');
const { DEFAULT_TENANT, dataFileFor, root } = require('./demo-stack');

const args = process.argv.slice(2);
const i = args.indexOf('--tenant');
const tenant = i >= 0 && args[i + 1] ? path.resolve(args[i + 1]) : DEFAULT_TENANT;
const dataFile = dataFileFor(tenant);
if (fs.existsSync(dataFile)) {
  fs.rmSync(dataFile);
  process.stdout.write(`Removed ${path.relative(root, dataFile)}: the demo starts from the seed of ${path.relative(root, tenant)} next time.\n`);
} else {
  process.stdout.write(`Nothing to reset: ${path.relative(root, dataFile)} does not exist (the demo is at its seed).\n`);
}
process.stdout.write('If `npm start` is running, restart it.\n');
