import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local server speaking the OpenAI Chat Completions protocol (`POST /v1/chat/completions`, a
 * `chat.completion` object back, or an `{"error"}` body with an HTTP status), as OpenAI, Ollama and
 * vLLM do. It answers from a queue, then with the default answer, and keeps every request it got.
 */
export type FakeAnswer =
  | { content: string; promptTokens?: number; completionTokens?: number; finishReason?: string }
  | { status: number; message: string }
  /** Never answers: the client has to give up on its own. */
  | { hang: true };

export interface FakeChatRequest {
  path: string;
  authorization: string | undefined;
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: { name: string; strict: boolean; schema: unknown } };
    [key: string]: unknown;
  };
}

export interface FakeOpenAi {
  /** The base URL to configure, ending in /v1. */
  readonly url: string;
  readonly requests: FakeChatRequest[];
  enqueue(...answers: FakeAnswer[]): void;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<FakeChatRequest['body']> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeChatRequest['body'];
}

export async function startFakeOpenAi(defaultAnswer: FakeAnswer = { content: 'ok' }): Promise<FakeOpenAi> {
  const queue: FakeAnswer[] = [];
  const requests: FakeChatRequest[] = [];
  let counter = 0;
  const server = createServer(async (request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      send(404, {
        error: { message: `Unknown path ${request.url}`, type: 'invalid_request_error', code: null },
      });
      return;
    }
    const body = await readJson(request);
    requests.push({ path: request.url, authorization: request.headers.authorization, body });
    const answer = queue.shift() ?? defaultAnswer;
    if ('hang' in answer) return;
    if ('status' in answer) {
      send(answer.status, {
        error: { message: answer.message, type: 'server_error', param: null, code: null },
      });
      return;
    }
    counter += 1;
    const promptTokens = answer.promptTokens ?? 50;
    const completionTokens = answer.completionTokens ?? 20;
    send(200, {
      id: `chatcmpl-fake-${counter}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: answer.content },
          logprobs: null,
          finish_reason: answer.finishReason ?? 'stop',
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...answers) => {
      queue.push(...answers);
    },
    close: () =>
      new Promise<void>((resolve) => {
        // A hanging request would hold close() open forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
