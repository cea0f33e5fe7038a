#!/usr/bin/env node
// `npm test`: type-check, build what the tests run (CLI and add-in bundle), make sure Chromium is
// there for the browser tests, run every jest test, and close on one "N passed, N failed" line.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { findChromium, ensureChromium } = require('./chromium');

const root = path.join(__dirname, '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function step(title, cmd, args) {
  process.stdout.write(`\n== ${title}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    process.stdout.write(`\n${title} failed (exit ${r.status}).\n0 passed, 1 failed\n`);
    process.exit(r.status || 1);
  }
}

if (!ensureChromium()) {
  process.stderr.write(
    'No Chromium found for the browser tests, and it could not be installed here.\n' +
      'Install Debian\'s package as root: `apt-get update && apt-get install -y chromium`,\n' +
      'or set CHROMIUM_PATH to a Chromium/Chrome binary, then run `npm test` again.\n',
  );
  process.exit(1);
}
process.env.CHROMIUM_PATH = process.env.CHROMIUM_PATH || findChromium();

step('Type check', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('Build the CLI and the local Graph server', npx, ['tsc', '-p', 'tsconfig.node.json']);
if (fs.existsSync(path.join(root, 'webpack.config.js'))) {
  step('Build the add-in', npx, ['webpack', '--mode', 'production', '--no-stats']);
}

const report = path.join(root, 'test-results', 'jest.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
process.stdout.write('\n== Tests\n');
const jest = spawnSync(npx, ['jest', '--json', `--outputFile=${report}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
let passed = 0;
let failed = 0;
try {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
} catch {
  failed = 1;
}
if (jest.status !== 0 && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
