// Typed errors of the Graph adapter: a stable Postvakt `code`, Graph's own code, status and request id.

import { signInErrorCode, type SignInErrorCode } from '../../ports/auth';

/** Stable codes the UI maps to Swedish sentences; never parse `message`. */
export type GraphErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'bad_request'
  | 'too_large'
  | 'throttled'
  | 'conflict'
  | 'server_error'
  | 'network'
  | 'invalid_response'
  | 'config_invalid'
  | 'cancelled'
  /** The token provider failed: the sign-in's own code (cancelled, failed, blocked window, …), never a network error. */
  | SignInErrorCode;

export interface GraphErrorInit {
  code: GraphErrorCode;
  message: string;
  statusCode?: number;
  /** Graph's own error code, e.g. "InefficientFilter" or "ErrorItemNotFound". */
  graphCode?: string | null;
  requestId?: string | null;
  cause?: unknown;
  /** Seconds Graph asked to wait (Retry-After of a 429/503), when it said. */
  retryAfterSeconds?: number | null;
}

export class GraphError extends Error {
  readonly code: GraphErrorCode;
  readonly statusCode: number;
  readonly graphCode: string | null;
  readonly requestId: string | null;
  readonly retryAfterSeconds: number | null;
  override readonly cause: unknown;

  constructor(init: GraphErrorInit) {
    super(init.message);
    this.name = 'GraphError';
    this.code = init.code;
    this.statusCode = init.statusCode ?? -1;
    this.graphCode = init.graphCode ?? null;
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.cause = init.cause;
  }
}

export function codeForStatus(status: number): GraphErrorCode {
  if (status === 400 || status === 405 || status === 422) return 'bad_request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 413) return 'too_large';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status >= 500) return 'server_error';
  return 'invalid_response';
}

interface GraphErrorBody {
  error?: { code?: unknown; message?: unknown; innerError?: { 'request-id'?: unknown } };
}

/** Builds a GraphError from a status and Graph's `{error:{code,message}}` body (as in $batch items). */
export function graphErrorFromBody(status: number, body: unknown, requestId?: string | null): GraphError {
  const error = (body as GraphErrorBody | null)?.error;
  const graphCode = typeof error?.code === 'string' ? error.code : null;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  const innerId = error?.innerError?.['request-id'];
  return new GraphError({
    code: codeForStatus(status),
    statusCode: status,
    graphCode,
    message: graphCode ? `${graphCode}: ${message}` : message,
    requestId: requestId ?? (typeof innerId === 'string' ? innerId : null),
  });
}

interface LibraryGraphError {
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
  requestId?: unknown;
  headers?: { get(name: string): string | null };
}

/** Normalises anything the Graph client throws (its own GraphError, a fetch failure) to ours. */
export function toGraphError(thrown: unknown): GraphError {
  if (thrown instanceof GraphError) return thrown;
  // A sign-in that failed before any request went out keeps its code: a cancelled sign-in is not a network error.
  const signIn = signInErrorCode(thrown) ?? signInErrorCode({ code: (thrown as LibraryGraphError | null)?.code });
  if (signIn) return new GraphError({ code: signIn, message: `Sign-in failed (${signIn})`, cause: thrown });
  const e = (thrown ?? {}) as LibraryGraphError;
  const status = typeof e.statusCode === 'number' ? e.statusCode : -1;
  const headerId = typeof e.headers?.get === 'function' ? e.headers.get('request-id') : null;
  const retryAfter = typeof e.headers?.get === 'function' ? Number(e.headers.get('Retry-After') ?? NaN) : NaN;
  const requestId = headerId ?? (typeof e.requestId === 'string' ? e.requestId : null);
  const graphCode = typeof e.code === 'string' ? e.code : null;
  const message = typeof e.message === 'string' && e.message ? e.message : `HTTP ${status}`;
  if (status <= 0) {
    const aborted = (thrown as { name?: string } | null)?.name === 'AbortError';
    return new GraphError({
      code: aborted ? 'cancelled' : 'network',
      message: aborted ? 'The request was cancelled.' : `Microsoft Graph could not be reached: ${message}`,
      graphCode,
      cause: thrown,
    });
  }
  return new GraphError({
    code: codeForStatus(status),
    statusCode: status,
    graphCode,
    requestId,
    message: graphCode ? `${graphCode}: ${message}` : message,
    cause: thrown,
    retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : null,
  });
}
