import { join } from 'path';
import { run } from '../../../src/cli/main';
import { capture } from '../../support/cliIo';

const CORPUS = join(__dirname, '../../fixtures/corpus/dev.json');

describe('postvakt report', () => {
  describe('when asked for the hygiene report of the dev corpus', () => {
    it('prints the score and deductions naming their rules', async () => {
      const io = capture();
      expect(await run(['report', 'hygiene', CORPUS], io)).toBe(0);
      expect(io.stdout()).toMatch(/Poäng: \d+\/100/);
      expect(io.stdout()).toContain('[Kramfors 5.2');
    });
  });

  describe('when asked for the exposure report as CSV for a named mailbox', () => {
    it('prints a BOM, a semicolon header and CRLF lines', async () => {
      const io = capture();
      expect(await run(['report', 'exposure', CORPUS, '--mailbox', 'johan.lindqvist@mjolby.se', '--csv'], io)).toBe(0);
      expect(io.stdout().startsWith('\uFEFFDatum;Tid;Riktning;')).toBe(true);
      expect(io.stdout()).toContain('\r\n');
    });
  });

  describe('when the input is bad', () => {
    it.each([
      [['report'], 'hygiene or exposure'],
      [['report', 'hygiene', CORPUS, '--csv'], '--csv is for the exposure report'],
      [['report', 'exposure', CORPUS, '--mailbox', 'nobody@example.se'], 'no mailbox nobody@example.se'],
      [['report', 'exposure', join(__dirname, 'missing.json')], 'cannot read'],
    ])('exits 2 with a clear message for %j', async (args, message) => {
      const io = capture();
      expect(await run(args, io)).toBe(2);
      expect(io.stderr()).toContain(message);
    });
  });
});
