import { APICallError } from 'ai';

/** The first `code` (ECONNREFUSED, ENOTFOUND…) down an error's chain of causes. */
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return undefined;
}

/**
 * A provider error for the log: what kind of failure, the error's class, the HTTP status and the network
 * code; never its message or the request (an APICallError carries the prompt, and a server's message
 * may echo the lead's words). Keys the logger does not redact, so the cause is kept.
 */
export function summarizeError(error: unknown): Record<string, unknown> | undefined {
  if (!(error instanceof Error)) return undefined;
  const status = APICallError.isInstance(error) ? error.statusCode : undefined;
  const code = networkCode(error);
  const kind =
    error.name === 'ResponseTooLargeError'
      ? 'too_large'
      : status !== undefined
        ? 'http'
        : code
          ? 'network'
          : error.name === 'AbortError'
            ? 'aborted'
            : 'error';
  return { kind, error: error.name, status, code };
}

/** What an owner can act on, in words that name the setting to change; the details go to the log. */
export function explainError(error: unknown): string {
  const status = APICallError.isInstance(error) ? error.statusCode : undefined;
  if (status === 401 || status === 403)
    return `The provider refused the key (HTTP ${status}); check LLM_API_KEY.`;
  if (status === 404) {
    return 'The provider does not know this model or path (HTTP 404); check LLM_MODEL and LLM_BASE_URL.';
  }
  if (status !== undefined) return `The provider answered HTTP ${status}.`;
  const code = networkCode(error);
  if (code) return `Could not reach the model server (${code}); check LLM_BASE_URL.`;
  return `The call failed (${error instanceof Error ? error.name : 'unknown error'}).`;
}
