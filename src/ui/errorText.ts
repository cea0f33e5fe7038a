// Turns any error into a sentence for a person: what happened and what to do, in their language.

import type { Language, Strings } from './strings';

export function errorText(error: unknown, language: Language, strings: Strings): string {
  const e = error as { messageSv?: unknown; messageEn?: unknown; code?: unknown; statusCode?: unknown; name?: unknown; fields?: unknown } | null;
  if (e?.code === 'policy_invalid' && Array.isArray(e.fields)) return strings.errorPolicyInvalid(e.fields.map(String).join(', '));
  if (e && typeof e.messageSv === 'string' && typeof e.messageEn === 'string') return language === 'sv' ? e.messageSv : e.messageEn;
  if (e?.code === 'not_found' || e?.statusCode === 404) return strings.errorNotFound;
  if (e?.statusCode === 401 || e?.code === 'unauthorized' || e?.code === 'InvalidAuthenticationToken') return strings.errorAuth;
  if (e?.name === 'TypeError' || e?.code === 'network' || e?.code === 'network_error') return strings.errorNetwork;
  return strings.errorGeneric;
}
