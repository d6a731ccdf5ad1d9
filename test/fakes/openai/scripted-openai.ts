import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local server speaking the OpenAI Chat Completions protocol (`POST /v1/chat/completions`) whose
 * answer to each request a script decides: a good one, a slow one, an HTTP error, a body that is not
 * JSON, a completion with invented or injected content, or a body of any size streamed until the client
 * stops reading. It keeps every request and counts the bytes it managed to send.
 */
export type ScriptedAnswer =
  | { content: string; delayMs?: number; finishReason?: string }
  | { status: number; message: string; delayMs?: number }
  /** Never answers. */
  | { hang: true }
  /** HTTP 200 with this raw body. */
  | { raw: string }
  /** HTTP 200, a JSON completion padded to this many bytes, streamed in 64 KB chunks. */
  | { hugeBytes: number };

export interface ScriptedRequest {
  /**
   * `understand` when the request asks for the JSON schema, `opinion` for the opt-out second opinion
   * (its instructions ask whether the sender "revokes"), `word` otherwise.
   */
  task: 'understand' | 'word' | 'opinion';
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format?: { type: string };
    [key: string]: unknown;
  };
  /** The last message's text: the lead's words or the draft. */
  prompt: string;
}

export interface ScriptedOpenAi {
  readonly url: string;
  readonly requests: ScriptedRequest[];
  /** Bytes written in answers so far. */
  readonly bytesSent: number;
  script(answer: (request: ScriptedRequest) => ScriptedAnswer): void;
  close(): Promise<void>;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x20);

async function readJson(request: IncomingMessage): Promise<ScriptedRequest['body']> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as ScriptedRequest['body'];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function completion(model: string, content: string, finishReason = 'stop') {
  return {
    id: `chatcmpl-scripted-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      { index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: finishReason },
    ],
    usage: { prompt_tokens: 50, completion_tokens: 20, total_tokens: 70 },
  };
}

export async function startScriptedOpenAi(
  initial: (request: ScriptedRequest) => ScriptedAnswer = () => ({ content: 'ok' }),
): Promise<ScriptedOpenAi> {
  let answerFor = initial;
  const requests: ScriptedRequest[] = [];
  let bytesSent = 0;
  const server = createServer(async (request, response) => {
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":{"message":"unknown path"}}');
      return;
    }
    const body = await readJson(request);
    const scripted: ScriptedRequest = {
      task:
        body.response_format?.type === 'json_schema'
          ? 'understand'
          : body.messages.some((m) => m.role === 'system' && m.content.includes('"revokes"'))
            ? 'opinion'
            : 'word',
      body,
      prompt: body.messages.at(-1)?.content ?? '',
    };
    requests.push(scripted);
    const answer = answerFor(scripted);
    if ('hang' in answer) return;
    if ('delayMs' in answer && answer.delayMs) await sleep(answer.delayMs);
    if (response.destroyed) return;
    const send = (status: number, text: string) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      bytesSent += Buffer.byteLength(text);
      response.end(text);
    };
    if ('status' in answer) {
      send(answer.status, JSON.stringify({ error: { message: answer.message, type: 'server_error' } }));
      return;
    }
    if ('raw' in answer) {
      send(200, answer.raw);
      return;
    }
    if ('hugeBytes' in answer) {
      response.writeHead(200, { 'content-type': 'application/json' });
      const head = JSON.stringify(completion(body.model, 'x')).slice(0, -1);
      response.write(`${head},"padding":"`);
      let left = answer.hugeBytes;
      while (left > 0 && !response.destroyed) {
        const chunk = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
        left -= chunk.length;
        bytesSent += chunk.length;
        if (!response.write(chunk)) {
          await new Promise<void>((resolve) => {
            response.once('drain', resolve);
            response.once('close', resolve);
          });
        }
      }
      if (!response.destroyed) response.end('"}');
      return;
    }
    send(200, JSON.stringify(completion(body.model, answer.content, answer.finishReason)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    get bytesSent() {
      return bytesSent;
    },
    script: (answer) => {
      answerFor = answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
