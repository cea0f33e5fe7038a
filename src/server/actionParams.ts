// Reads the parameters of an action's JSON body (sendMail, createForward, move…) by name in any
// casing, as Graph does: its own Kiota SDK sends them as the metadata declares them (`Message`,
// `ToRecipients`), the docs show camelCase. Properties inside a resource (the `message`) keep
// Graph's JSON names and stay case-sensitive.

import { badRequest } from './errors';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The body's values under the canonical `names`; keys that match no name are ignored, as before.
 * A missing or non-object body reads as no parameters (actions such as createForward need none).
 * One parameter given in two casings is refused rather than one of them silently chosen.
 */
export function readActionParams<K extends string>(body: unknown, names: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  if (!isRec(body)) return out;
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n] as const));
  for (const [key, value] of Object.entries(body)) {
    const name = byLower.get(key.toLowerCase());
    if (name === undefined) continue;
    if (name in out) throw badRequest('ErrorInvalidRequest', `The parameter '${name}' is given more than once.`);
    out[name] = value;
  }
  return out;
}
