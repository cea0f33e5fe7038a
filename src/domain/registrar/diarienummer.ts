// The organisation's diarienummer pattern (profile data) and the check of one typed by the registrar.

import type { Profile } from '../policy/types';

export interface DiarienummerRule {
  /** A regular expression over the whole diarienummer. */
  pattern: string;
  /** Shown in the form, e.g. "KS 2026/123". */
  example: string;
}

/** Series letters, a space, the year, a slash, the running number: "KS 2026/123". */
export const DEFAULT_DIARIENUMMER: DiarienummerRule = { pattern: '^[A-ZÅÄÖ]{1,8} (19|20)\\d{2}/\\d{1,6}$', example: 'KS 2026/123' };

export function diarienummerRule(profile: Pick<Profile, 'diarienummer'>): DiarienummerRule {
  return profile.diarienummer ?? DEFAULT_DIARIENUMMER;
}

/** The trimmed diarienummer with single spaces, or null when it does not follow the rule. */
export function normaliseDiarienummer(value: string, rule: DiarienummerRule): string | null {
  const text = value.trim().replace(/\s+/g, ' ').toUpperCase();
  if (!text || text.length > 60) return null;
  let re: RegExp;
  try {
    re = new RegExp(rule.pattern, 'u');
  } catch {
    re = new RegExp(DEFAULT_DIARIENUMMER.pattern, 'u');
  }
  return re.test(text) ? text : null;
}
