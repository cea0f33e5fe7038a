// `postvakt serve` options: defaults, values and the messages for bad input.

import { join } from 'node:path';
import { parseServeArgs } from '../../src/cli/commands/serve';

describe('parseServeArgs', () => {
  describe('when no options are given', () => {
    it('answers 127.0.0.1:8443, the dev corpus and a data file under .data (git-ignored)', () => {
      const options = parseServeArgs([], '/tmp/x');
      expect(options).toMatchObject({ host: '127.0.0.1', port: 8443, data: join('/tmp/x', '.data', 'graph-data.json') });
      expect(typeof options === 'object' && options.tenant.endsWith(join('test', 'fixtures', 'corpus', 'dev.json'))).toBe(true);
    });
  });

  describe('when options are given', () => {
    it('resolves files against the working directory', () => {
      expect(parseServeArgs(['--tenant', 't.json', '--data', 'd/s.json', '--port', '0', '--host', '::1'], '/w')).toEqual({
        tenant: '/w/t.json',
        data: '/w/d/s.json',
        port: 0,
        host: '::1',
      });
    });

    it('answers a message for a bad port, a missing value or an unknown option', () => {
      expect(parseServeArgs(['--port', '70000'])).toBe('--port must be 0–65535, got 70000.');
      expect(parseServeArgs(['--tenant'])).toBe('--tenant needs a value.');
      expect(parseServeArgs(['--verbose'])).toBe('Unknown option --verbose.');
    });
  });
});
