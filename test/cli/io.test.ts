// processIo: stdout through one reused buffer gives exactly the text written, whatever its size and letters, and a reader that goes away ends nothing but the output.

import { execFileSync, spawn, spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '../..');
const io = join(root, 'lib/src/cli/io.js');

/** A node program that writes through processIo: `texts` is a JavaScript expression for the array of texts. */
const program = (texts: string) => `const io = require(${JSON.stringify(io)}).processIo(); for (const t of ${texts}) io.out(t); io.err('done'); io.flush();`;

beforeAll(() => {
  if (!existsSync(io)) execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: root, stdio: 'ignore' });
}, 180_000);

describe('processIo', () => {
  describe('when the output is larger than its buffer', () => {
    it('writes every text in order, byte for byte, with letters of 1 to 4 bytes across the buffer bounds and a text larger than the buffer', () => {
      const texts = `[...Array.from({ length: 30000 }, (_, i) => 'rad ' + i + ' å – 😀 ' + 'x'.repeat(i % 97) + '\\n'), 'ö'.repeat(600000), '\\nslut\\n']`;
      const expected = (new Function(`return ${texts}`)() as string[]).join('');
      const r = spawnSync(process.execPath, ['-e', program(texts)], { encoding: 'utf8', maxBuffer: 1 << 26 });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('done\n');
      expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(3 * 1024 * 1024);
      expect(r.stdout === expected).toBe(true);
    });
  });

  describe('when the reader closes the pipe early', () => {
    it('drops the rest of the output and exits 0 without an error', async () => {
      const child = spawn(process.execPath, ['-e', program(`Array.from({ length: 200 }, () => 'y'.repeat(100000) + '\\n')`)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise((resolve) => child.on('close', resolve));
      expect(status).toBe(0);
      expect(stderr).toBe('done\n');
    });
  });
});
