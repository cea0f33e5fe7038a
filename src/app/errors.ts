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
  | 'invalid_input';

/** What the UI needs to word an error beyond its code. */
export interface UseCaseErrorDetails {
  /** The forward's short reference (the neutral subject's "ref …"). */
  ref?: string;
  /** How many messages the refusal concerns. */
  count?: number;
  /** The forward's estimated size and the profile's limit, in bytes. */
  forwardedBytes?: number;
  limitBytes?: number;
}

export class UseCaseError extends Error {
  readonly code: UseCaseErrorCode;
  readonly details: UseCaseErrorDetails;
  override readonly cause: unknown;

  constructor(code: UseCaseErrorCode, details: UseCaseErrorDetails = {}, cause?: unknown) {
    super(`Postvakt refused or could not finish: ${code}`);
    this.name = 'UseCaseError';
    this.code = code;
    this.details = details;
    this.cause = cause;
  }
}

/** A port error meaning "no such item" (the Graph adapter's code, or a bare 404 status). */
export function isNotFound(error: unknown): boolean {
  const e = error as { code?: unknown; statusCode?: unknown } | null;
  return e?.code === 'not_found' || e?.statusCode === 404;
}
