// Typed sign-in errors with a stable code (the UI words each one: ui/describe.ts).

import type { SignInErrorCode } from '../../ports/auth';

export type AuthErrorCode = SignInErrorCode;

export class AuthError extends Error {
  readonly code: AuthErrorCode;
  override readonly cause: unknown;

  constructor(code: AuthErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = 'AuthError';
    this.code = code;
    this.cause = cause;
  }
}

/** MSAL error codes meaning the person closed or refused the sign-in window. */
const CANCELLED = new Set(['user_cancelled', 'access_denied', 'popup_window_error_closed']);

export function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  if (typeof code === 'string' && CANCELLED.has(code)) return new AuthError('auth_cancelled', `Sign-in cancelled (${code})`, error);
  if (code === 'popup_window_error' || code === 'empty_window_error') return new AuthError('auth_dialog_blocked', `Sign-in window blocked (${code})`, error);
  // Only the MSAL code goes into the message: error texts can carry account names.
  return new AuthError('auth_failed', `Sign-in failed (${typeof code === 'string' ? code : 'unknown'})`, error);
}
