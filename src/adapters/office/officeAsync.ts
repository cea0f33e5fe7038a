// The one promisify helper for Office callback APIs: resolves the value, rejects with a typed OfficeError.

export type OfficeErrorCode = 'office_failed' | 'office_unavailable' | 'no_item' | 'unsupported';

/** An Office.js call that failed; `officeCode` is Office's numeric error code when it gave one. */
export class OfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly officeCode: number | null;
  override readonly cause: unknown;

  constructor(code: OfficeErrorCode, message: string, officeCode: number | null = null, cause?: unknown) {
    super(message);
    this.name = 'OfficeError';
    this.code = code;
    this.officeCode = officeCode;
    this.cause = cause;
  }
}

/** Minimal shape of Office.AsyncResult, so the helper also works with stubs in tests. */
export interface AsyncResultLike<T> {
  status: Office.AsyncResultStatus | 'succeeded' | 'failed';
  value: T;
  error?: { code?: number; name?: string; message?: string } | null;
}

export function officeAsync<T>(fn: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      fn((result) => {
        if (result && String(result.status) === 'succeeded') {
          resolve(result.value);
          return;
        }
        const error = result?.error;
        // Office's message is generic ("An internal error has occurred"); the name is the stable part.
        reject(new OfficeError('office_failed', `Office call failed: ${error?.name ?? 'unknown'}`, typeof error?.code === 'number' ? error.code : null, error));
      });
    } catch (cause) {
      reject(new OfficeError('office_unavailable', 'Office API is not available here', null, cause));
    }
  });
}
