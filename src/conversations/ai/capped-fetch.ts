/** More than any answer to our prompts could need: a bigger body is cut off, never read whole. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

export class ResponseTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The model server's answer is larger than ${limit} bytes`);
    this.name = 'ResponseTooLargeError';
  }
}

/**
 * A fetch whose response bodies are read at most `limit` bytes: a declared length over the limit is
 * refused before reading, and a stream that runs past it is cancelled, so a runaway answer costs one
 * megabyte, not its size.
 */
export function cappedFetch(
  inner: typeof globalThis.fetch = globalThis.fetch,
  limit: number = MAX_RESPONSE_BYTES,
): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > limit) {
      await response.body?.cancel().catch(() => {});
      throw new ResponseTooLargeError(limit);
    }
    if (!response.body) return response;
    const reader = response.body.getReader();
    let read = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        read += value.byteLength;
        if (read > limit) {
          await reader.cancel().catch(() => {});
          controller.error(new ResponseTooLargeError(limit));
          return;
        }
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
