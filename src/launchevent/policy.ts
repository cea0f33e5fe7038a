// Smart Alerts' policy values, fixed at build time (the launch-event runtime fetches nothing).

// The shipped profile without the validators: zod has no place in the launch-event script.
import { SHIPPED_DEFAULT_PROFILE } from '../domain/policy/shipped';

/**
 * The organisation's large-group threshold, baked in at build time from postvakt.config.json's policy
 * (the launch-event runtime makes no network calls); the default profile's when absent or invalid.
 */
function bakedPolicy(): string | undefined {
  try {
    // Replaced by a string literal at build time (webpack DefinePlugin); no `process` at run time.
    return process.env.POSTVAKT_SEND_POLICY;
  } catch {
    return undefined;
  }
}

export function sendPolicy(raw: string | undefined = bakedPolicy()): { massMailingRecipients: number } {
  try {
    const parsed = JSON.parse(raw ?? 'null') as { massMailingRecipients?: unknown } | null;
    const n = parsed?.massMailingRecipients;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 2) return { massMailingRecipients: n };
  } catch {
    // Fall back to the default below.
  }
  return { massMailingRecipients: SHIPPED_DEFAULT_PROFILE.massMailingRecipients };
}
