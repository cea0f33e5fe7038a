// The per-mailbox limiter: four single operations or one $batch at a time, first come first served.

import { BATCH_WEIGHT, Limiter, limiterFor } from '../../../src/adapters/graph/limiter';

const tick = (ms = 3) => new Promise((r) => setTimeout(r, ms));

describe('Limiter', () => {
  describe('when many singles and batches are queued at once', () => {
    it('never has more than four operations in flight and runs a batch alone', async () => {
      const limiter = new Limiter();
      let open = 0;
      let max = 0;
      let batchOverlap = false;
      let batchOpen = false;
      const op = (weight: number) =>
        limiter.run(weight, async () => {
          open += weight;
          max = Math.max(max, open);
          if (weight === BATCH_WEIGHT) batchOpen = true;
          else if (batchOpen) batchOverlap = true;
          await tick();
          if (weight === BATCH_WEIGHT) batchOpen = false;
          open -= weight;
        });
      await Promise.all([op(1), op(1), op(BATCH_WEIGHT), op(1), op(1), op(1), op(1), op(1), op(BATCH_WEIGHT), op(1)]);
      expect(max).toBe(4);
      expect(batchOverlap).toBe(false);
      expect(limiter.maxInFlight).toBe(4);
    });

    it('releases its slot when a task fails', async () => {
      const limiter = new Limiter();
      await expect(limiter.run(4, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      await expect(limiter.run(4, async () => 'ok')).resolves.toBe('ok');
    });
  });

  describe('limiterFor', () => {
    it('shares one limiter per client and mailbox, whatever the address case', () => {
      const client = {};
      expect(limiterFor(client, 'Ann@X.se')).toBe(limiterFor(client, 'ann@x.se'));
      expect(limiterFor(client, 'ann@x.se')).not.toBe(limiterFor(client, 'bo@x.se'));
      expect(limiterFor({}, 'ann@x.se')).not.toBe(limiterFor(client, 'ann@x.se'));
    });
  });
});
