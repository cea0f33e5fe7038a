// Per-mailbox concurrency limiter: Exchange allows 4 concurrent operations per mailbox.

/**
 * Slots a $batch occupies. Graph runs up to 4 of its items at once, so a $batch takes the whole
 * mailbox: at most one $batch, or four single requests, are in flight.
 */
export const BATCH_WEIGHT = 4;

export class Limiter {
  private inFlight = 0;
  private max = 0;
  private readonly waiting: { weight: number; start: () => void }[] = [];

  constructor(readonly capacity = 4) {}

  get maxInFlight(): number {
    return this.max;
  }

  resetMax(): void {
    this.max = this.inFlight;
  }

  /** Runs `task` once `weight` slots are free (FIFO, so a batch is never starved by singles). */
  async run<T>(weight: number, task: () => Promise<T>): Promise<T> {
    const w = Math.max(1, Math.min(this.capacity, weight));
    await new Promise<void>((resolve) => {
      this.waiting.push({ weight: w, start: resolve });
      this.pump();
    });
    try {
      return await task();
    } finally {
      this.inFlight -= w;
      this.pump();
    }
  }

  private pump(): void {
    while (this.waiting.length > 0 && this.inFlight + this.waiting[0]!.weight <= this.capacity) {
      const next = this.waiting.shift()!;
      this.inFlight += next.weight;
      this.max = Math.max(this.max, this.inFlight);
      next.start();
    }
  }
}

const registry = new WeakMap<object, Map<string, Limiter>>();

/** The limiter shared by every adapter built on the same client for the same mailbox. */
export function limiterFor(client: object, mailbox: string): Limiter {
  let byMailbox = registry.get(client);
  if (!byMailbox) {
    byMailbox = new Map();
    registry.set(client, byMailbox);
  }
  const key = mailbox.toLowerCase();
  let limiter = byMailbox.get(key);
  if (!limiter) {
    limiter = new Limiter();
    byMailbox.set(key, limiter);
  }
  return limiter;
}
