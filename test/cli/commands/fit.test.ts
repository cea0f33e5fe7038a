// CLI fit: the weights file it writes names the features it was fitted on (their scheme), which featureScheme.test.ts holds the shipped file to.

import { join } from 'path';
import { FEATURE_SCHEME } from '../../../src/domain/classify/featureScheme';
import { priorWeights, type WeightsFile } from '../../../src/domain/classify/model';
import { run } from '../../../src/cli/main';
import { capture } from '../../support/cliIo';

const dev = join(__dirname, '../../fixtures/corpus/dev.json');

describe('postvakt fit', () => {
  it('writes a weights file stamped with the scheme of the features it fitted, the scheme the shipped file must carry', async () => {
    const io = capture();
    expect(await run(['fit', dev], io)).toBe(0);
    const file = JSON.parse(io.stdout()) as WeightsFile;
    expect(file.scheme).toBe(FEATURE_SCHEME);
    expect(file.fittedOn).toMatch(/^dev\.json: \d+ examples/);
    const prior = priorWeights();
    const moved = Object.entries(file.weights);
    expect(moved.length).toBeGreaterThan(0);
    for (const [id, [p, w]] of moved) {
      expect(prior[id]).toBe(p);
      expect(w).not.toBe(p);
    }
  });

  it('asks for a corpus when only --out is given', async () => {
    const io = capture();
    expect(await run(['fit', '--out'], io)).toBe(2);
    expect(io.stderr()).toContain('give one or more corpus files');
  });

  it('refuses an unknown option and names the usage (exit 2)', async () => {
    const io = capture();
    expect(await run(['fit', dev, '--lambda', '3'], io)).toBe(2);
    expect(io.stderr()).toContain('unexpected argument --lambda');
    expect(io.stdout()).toBe('');
  });
});
