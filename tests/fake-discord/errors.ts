/** Discord's JSON error bodies, thrown by route handlers and rendered by the server. */

export type Path = ReadonlyArray<string | number>;

export interface Violation {
  path: Path;
  code: string;
  message: string;
}

export interface ErrorBody {
  code: number;
  message: string;
  errors?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(`${status} ${body.code} ${body.message}`);
  }
}

export const notFound = (): ApiError => new ApiError(404, { code: 0, message: '404: Not Found' });
export const methodNotAllowed = (): ApiError => new ApiError(405, { code: 0, message: '405: Method Not Allowed' });
export const unauthorized = (): ApiError => new ApiError(401, { code: 0, message: '401: Unauthorized' });
export const missingAccess = (): ApiError => new ApiError(403, { code: 50001, message: 'Missing Access' });
export const unknownInteraction = (): ApiError => new ApiError(404, { code: 10062, message: 'Unknown interaction' });
export const alreadyAcknowledged = (): ApiError =>
  new ApiError(400, { code: 40060, message: 'Interaction has already been acknowledged.' });
export const unknownWebhook = (): ApiError => new ApiError(404, { code: 10015, message: 'Unknown Webhook' });
export const invalidWebhookToken = (): ApiError => new ApiError(401, { code: 50027, message: 'Invalid Webhook Token' });
export const unknownMessage = (): ApiError => new ApiError(404, { code: 10008, message: 'Unknown Message' });
export const emptyMessage = (): ApiError => new ApiError(400, { code: 50006, message: 'Cannot send an empty message' });
export const invalidJson = (): ApiError =>
  new ApiError(400, { code: 50109, message: 'The request body contains invalid JSON.' });

export const notAnObject = (path: Path): ApiError =>
  invalidFormBody([{ path, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' }]);

/** 50035 with Discord's nested `errors` shape: `{ data: { content: { _errors: [{ code, message }] } } }`. */
export function invalidFormBody(violations: readonly Violation[], prefix: Path = []): ApiError {
  const errors: Record<string, unknown> = {};
  for (const { path, code, message } of violations) {
    let node = errors;
    for (const key of [...prefix, ...path]) {
      node = (node[String(key)] ??= {}) as Record<string, unknown>;
    }
    ((node._errors ??= []) as unknown[]).push({ code, message });
  }
  return new ApiError(400, { code: 50035, message: 'Invalid Form Body', errors });
}
