export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** An expected failure with an HTTP status and a stable snake_case code. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

export const badRequest = (message: string, details?: unknown, code = 'bad_request') =>
  new AppError(400, code, message, details);
export const unauthorized = (message = 'Authentication required', code = 'unauthorized') =>
  new AppError(401, code, message);
export const forbidden = (message = 'You may not do this', code = 'forbidden') =>
  new AppError(403, code, message);
export const notFound = (what = 'Resource') => new AppError(404, 'not_found', `${what} not found`);
export const conflict = (message: string, code = 'conflict', details?: unknown) =>
  new AppError(409, code, message, details);
export const payloadTooLarge = (message = 'Request body is too large') =>
  new AppError(413, 'payload_too_large', message);
export const unprocessable = (message: string, details?: unknown, code = 'unprocessable') =>
  new AppError(422, code, message, details);
export const tooManyRequests = (message = 'Too many requests, slow down', retryAfterSeconds?: number) =>
  new AppError(
    429,
    'rate_limited',
    message,
    retryAfterSeconds === undefined ? undefined : { retryAfterSeconds },
  );

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
