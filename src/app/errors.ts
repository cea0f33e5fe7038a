// Typed errors of the use cases: a stable code for the UI and the CLI, a Swedish sentence that says
// what happened and what to do, the English twin, and the cause.

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

export class UseCaseError extends Error {
  readonly code: UseCaseErrorCode;
  readonly messageSv: string;
  readonly messageEn: string;
  override readonly cause: unknown;

  constructor(code: UseCaseErrorCode, messageSv: string, messageEn: string, cause?: unknown) {
    super(messageEn);
    this.name = 'UseCaseError';
    this.code = code;
    this.messageSv = messageSv;
    this.messageEn = messageEn;
    this.cause = cause;
  }
}

/** A port error meaning "no such item" (the Graph adapter's code, or a bare 404 status). */
export function isNotFound(error: unknown): boolean {
  const e = error as { code?: unknown; statusCode?: unknown } | null;
  return e?.code === 'not_found' || e?.statusCode === 404;
}
