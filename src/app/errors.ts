// Typed errors of the use cases: a stable code and the data to word it (a reference, a count,
// sizes) plus the cause. The UI words them (ui/describe.ts), in Swedish first; the message is English
// for logs and holds no subject or address.

export type UseCaseErrorCode =
  | 'too_large'
  | 'needs_override'
  | 'log_request_hold'
  | 'refused_not_public'
  | 'not_found'
  | 'send_unconfirmed'
  /** Another click or device is sending the same document right now. */
  | 'in_progress'
  /** The profile's registrar address is empty or not one e-mail address: nothing can be sent. */
  | 'registrar_invalid'
  | 'invalid_input'
  /** The signed-in role may not do this (admin side: dashboard, log requests). */
  | 'forbidden'
  /** A log request is not in a state that allows the step (e.g. already closed). */
  | 'wrong_state'
  /** Registrar mode: the message is not a Postvakt delivery, or the mailbox is not the registrar's. */
  | 'not_a_delivery'
  | 'not_registrar'
  /** Registrar mode: a delivery is never purged; it is registered or marked makulerad. */
  | 'delivery_not_purgeable'
  | 'already_registered';

/** What the UI needs to word an error beyond its code. */
export interface UseCaseErrorDetails {
  /** The forward's short reference (the neutral subject's "ref …"). */
  ref?: string;
  /** How many messages the refusal concerns. */
  count?: number;
  /** The forward's estimated size and the profile's limit, in bytes. */
  forwardedBytes?: number;
  limitBytes?: number;
  /**
   * For a refusal particular to one workflow (the registrar's and the admin's steps), the sentence
   * itself in both languages; it names no subject or address.
   */
  text?: { sv: string; en: string };
}

export class UseCaseError extends Error {
  readonly code: UseCaseErrorCode;
  readonly details: UseCaseErrorDetails;
  override readonly cause: unknown;

  constructor(code: UseCaseErrorCode, details?: UseCaseErrorDetails, cause?: unknown);
  /** A workflow refusal worded where it is decided: Swedish and English sentences. */
  constructor(code: UseCaseErrorCode, sv: string, en: string, cause?: unknown);
  constructor(code: UseCaseErrorCode, details: UseCaseErrorDetails | string = {}, enOrCause?: unknown, cause?: unknown) {
    super(`Postvakt refused or could not finish: ${code}`);
    this.name = 'UseCaseError';
    this.code = code;
    if (typeof details === 'string') {
      this.details = { text: { sv: details, en: String(enOrCause ?? details) } };
      this.cause = cause;
    } else {
      this.details = details;
      this.cause = enOrCause;
    }
  }
}

/** A port error meaning "no such item" (the Graph adapter's code, or a bare 404 status). */
export function isNotFound(error: unknown): boolean {
  const e = error as { code?: unknown; statusCode?: unknown } | null;
  return e?.code === 'not_found' || e?.statusCode === 404;
}
