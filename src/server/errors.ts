// Graph-shaped HTTP errors ({error:{code,message,innerError}}) thrown by handlers and rendered by the router.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (code: string, message: string): HttpError => new HttpError(400, code, message);
export const notFound = (message = 'The specified object was not found in the store.'): HttpError =>
  new HttpError(404, 'ErrorItemNotFound', message);
export const malformedId = (): HttpError => new HttpError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');
export const unsupported = (path: string): HttpError =>
  new HttpError(400, 'BadRequest', `Resource not found for the segment '${path}'.`);

export function errorBody(status: number, code: string, message: string, requestId: string, date: string): Record<string, unknown> {
  void status;
  return { error: { code, message, innerError: { date, 'request-id': requestId, 'client-request-id': requestId } } };
}
