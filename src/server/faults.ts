// Fault injection for tests: status codes with Retry-After, latency and dropped connections (before
// or after the request took effect), by path substring and method.

import { badRequest } from './errors';
import { isRec } from './parseMessage';

export interface Fault {
  status?: number;
  retryAfter?: number;
  count?: number;
  probability?: number;
  path?: string;
  latencyMs?: number;
  drop?: boolean;
  /** Carry the request out (and persist it), then cut the connection without an answer. */
  dropAfter?: boolean;
  /** Only requests with this method (e.g. 'PUT'). */
  method?: string;
}

export interface FaultHit {
  status?: number;
  retryAfter?: number;
  latencyMs: number;
  drop: boolean;
  dropAfter?: boolean;
}

export function parseFault(raw: unknown): Fault {
  if (!isRec(raw)) throw badRequest('BadRequest', 'A fault is a JSON object.');
  const num = (key: string, min: number, max: number): number | undefined => {
    const v = raw[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw badRequest('BadRequest', `${key} must be a number from ${min} to ${max}.`);
    return v;
  };
  const fault: Fault = {};
  const status = num('status', 400, 599);
  if (status !== undefined) fault.status = status;
  const retryAfter = num('retryAfter', 0, 3600);
  if (retryAfter !== undefined) fault.retryAfter = retryAfter;
  const count = num('count', 1, 1e9);
  if (count !== undefined) fault.count = Math.floor(count);
  const probability = num('probability', 0, 1);
  if (probability !== undefined) fault.probability = probability;
  const latencyMs = num('latencyMs', 0, 60_000);
  if (latencyMs !== undefined) fault.latencyMs = latencyMs;
  if (raw.path !== undefined) {
    if (typeof raw.path !== 'string') throw badRequest('BadRequest', 'path must be a string.');
    fault.path = raw.path;
  }
  for (const key of ['drop', 'dropAfter'] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] !== 'boolean') throw badRequest('BadRequest', `${key} must be a boolean.`);
    fault[key] = raw[key] as boolean;
  }
  if (raw.method !== undefined) {
    if (typeof raw.method !== 'string' || !/^[A-Za-z]+$/.test(raw.method)) throw badRequest('BadRequest', 'method must be an HTTP method.');
    fault.method = raw.method.toUpperCase();
  }
  if (fault.status === undefined && !fault.latencyMs && !fault.drop && !fault.dropAfter) {
    throw badRequest('BadRequest', 'A fault needs status, latencyMs, drop or dropAfter.');
  }
  return fault;
}

export class Faults {
  private list: Fault[] = [];

  add(fault: Fault): void {
    this.list.push(fault);
  }

  clear(): void {
    this.list = [];
  }

  /** The fault (if any) this request meets; counted faults are used up. */
  take(path: string, method?: string, random: () => number = Math.random): FaultHit | null {
    for (const f of this.list) {
      if (f.path !== undefined && !path.includes(f.path)) continue;
      if (f.method !== undefined && method !== undefined && f.method !== method.toUpperCase()) continue;
      if (f.probability !== undefined && random() >= f.probability) continue;
      if (f.count !== undefined) {
        f.count -= 1;
        if (f.count <= 0) this.list = this.list.filter((x) => x !== f);
      }
      const hit: FaultHit = { latencyMs: f.latencyMs ?? 0, drop: f.drop === true, ...(f.dropAfter ? { dropAfter: true } : {}) };
      if (f.status !== undefined) hit.status = f.status;
      if (f.retryAfter !== undefined) hit.retryAfter = f.retryAfter;
      return hit;
    }
    return null;
  }
}
