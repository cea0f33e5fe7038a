// Speed work must not change a verdict: classify's whole output on every labelled corpus message matches the recorded digest.
//
// The digest (test/fixtures/classify-digest.txt) is main's output. When the model or its vocabulary
// changes on purpose (a new round), regenerate it from the new classifier and commit it with the change:
//   npx tsc -p tsconfig.node.json && node lib/bench/classifyDigest.js --write

import { readFileSync } from 'fs';
import { join } from 'path';
import { digestLines, DIGEST_FILE } from '../../../bench/classifyDigest';
import { CLASSIFIER_VERSION } from '../../../src/domain/classify';

const root = join(__dirname, '../../..');
const recorded = readFileSync(join(root, DIGEST_FILE), 'utf8').split('\n').filter(Boolean);

describe('classify against the recorded digest', () => {
  it('was recorded for this classifier version', () => {
    expect(recorded[0]).toContain(`# ${CLASSIFIER_VERSION}:`);
  });

  it('gives the same verdict, reasons, evidence, flags and model inputs for every corpus message, alone, in its mailbox and in capitals', () => {
    const got = digestLines(join(root, 'test/fixtures/corpus'));
    const want = recorded.slice(1);
    const differ = got.filter((line, i) => line !== want[i]);
    expect(got.length).toBe(want.length);
    expect(differ.slice(0, 10)).toEqual([]);
  });
});
