// Words what the use cases and adapters answer in codes and data: one sentence for a person, saying
// what happened and what to do, in their language. The task pane and the ribbon commands (Swedish)
// both word through here.

import type { SendOutcome } from '../app/sendToRegistrar';
import { formatMegabytes } from '../domain/registrar/size';
import type { Strings } from './strings';

interface Coded {
  code?: unknown;
  retryAfterSeconds?: unknown;
  statusCode?: unknown;
  name?: unknown;
  fields?: unknown;
  details?: { ref?: unknown; count?: unknown; forwardedBytes?: unknown; limitBytes?: unknown; text?: { sv?: unknown; en?: unknown } };
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The sentence for a code with its data, or null when the code is not one Postvakt words itself. */
function byCode(e: Coded, strings: Strings): string | null {
  const d = e.details ?? {};
  if (d.text && typeof d.text.sv === 'string') return strings.lang === 'en' ? text(d.text.en) || d.text.sv : d.text.sv;
  switch (e.code) {
    case 'policy_invalid':
      return strings.errorPolicyInvalid(Array.isArray(e.fields) ? e.fields.map(String).join(', ') : '');
    case 'config_missing':
      return strings.errorConfigMissing;
    case 'registrar_invalid':
      return strings.errorRegistrarInvalid;
    case 'too_large':
      return strings.errorTooLarge(formatMegabytes(num(d.forwardedBytes)), formatMegabytes(num(d.limitBytes)));
    case 'needs_override':
      return strings.errorNeedsOverride(num(d.count));
    case 'log_request_hold':
      return strings.errorLogRequestHold;
    case 'refused_not_public':
      return strings.errorRefusedNotPublic;
    case 'send_unconfirmed':
      return strings.errorSendUnconfirmed(text(d.ref));
    case 'in_progress':
      return strings.errorInProgress(text(d.ref));
    case 'invalid_input':
      return strings.errorInvalidInput;
    case 'no_item':
      return strings.errorNoItem;
    case 'demo_no_tenant':
      return strings.errorDemoNoTenant;
    case 'throttled':
      return strings.errorThrottled(num(e.retryAfterSeconds) > 0 ? Math.ceil(num(e.retryAfterSeconds)) : null);
    default:
      return typeof e.code === 'string' ? (strings.errorAuthCodes[e.code] ?? null) : null;
  }
}

export function describeError(error: unknown, strings: Strings): string {
  const e = (error && typeof error === 'object' ? error : {}) as Coded;
  const worded = byCode(e, strings);
  if (worded) return worded;
  // Domain errors that carry their own two sentences (e.g. the archive export's).
  const own = error as { messageSv?: unknown; messageEn?: unknown } | null;
  if (own && typeof own.messageSv === 'string' && typeof own.messageEn === 'string') return strings.lang === 'en' ? own.messageEn : own.messageSv;
  if (e.code === 'not_found' || e.statusCode === 404) return strings.errorNotFound;
  if (e.statusCode === 401 || e.statusCode === 403 || e.code === 'unauthorized' || e.code === 'forbidden' || e.code === 'InvalidAuthenticationToken') return strings.errorAuth;
  if (e.name === 'TypeError' || e.code === 'network' || e.code === 'network_error') return strings.errorNetwork;
  return strings.errorGeneric;
}

export function describeSendOutcome(outcome: Pick<SendOutcome, 'status' | 'ref'>, strings: Strings): string {
  if (outcome.status === 'already_delivered') return strings.outcomeAlready(outcome.ref);
  if (outcome.status === 'delivered_not_purged') return strings.outcomeSentNotPurged(outcome.ref);
  return strings.outcomeSent(outcome.ref);
}
