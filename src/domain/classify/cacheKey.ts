// verdictCacheKey: what a cached verdict must match to be reused — the classifier version and a hash of the profile's content and the learned weights.

import type { Profile } from '../policy/types';
import type { WeightDeltas } from './score';
import { fnv1a } from './fingerprint';

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** "<version>#<profile hash>" (and "+<learned hash>" when weights were learnt): a changed profile or learning re-classifies. */
export function verdictCacheKey(version: string, profile: Profile, learned?: WeightDeltas): string {
  const learnt = learned && Object.keys(learned).length ? `+${fnv1a(stableJson(learned))}` : '';
  return `${version}#${fnv1a(stableJson(profile))}${learnt}`;
}
