import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { asApiKey, asSession } from '../../test/helpers/app.js';
import { buildVoiceTestApp, type VoiceTestApp } from '../../test/helpers/voice.js';

let t: VoiceTestApp;

beforeAll(async () => {
  t = await buildVoiceTestApp();
});

afterAll(async () => {
  await t.close();
});

type Frame = { type: string; token?: string; last?: boolean; callId?: string; leadId?: string };

function open(headers: Record<string, string>): Promise<{ socket: WebSocket; frames: Frame[] }> {
  const socket = new WebSocket(`${t.origin}/voice/sandbox`, { headers });
  const frames: Frame[] = [];
  socket.on('message', (data) => frames.push(JSON.parse(data.toString()) as Frame));
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, frames }));
    socket.once('unexpected-response', (request, response) => {
      // With a listener, ws leaves the refused request open: it is ours to end.
      request.destroy();
      response.destroy();
      reject(new Error(String(response.statusCode)));
    });
    socket.once('error', reject);
  });
}

async function until(test: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ended = (frames: Frame[], n: number) => frames.filter((f) => f.type === 'text' && f.last).length >= n;

describe('the voice sandbox socket', () => {
  it('refuses without a session, with an API key, and from another site', async () => {
    await expect(open({})).rejects.toThrow('401');
    await expect(open(asApiKey(t.team.key.secret))).rejects.toThrow('401');
    const session = asSession(t.team.owner.session);
    await expect(open({ cookie: session.cookie ?? '', origin: 'https://evil.example' })).rejects.toThrow(
      '403',
    );
    const calls = await t.ctx.db.selectFrom('calls').select('id').where('provider', '=', 'sandbox').execute();
    expect(calls).toEqual([]);
  });

  it("runs a call with the assistant over the relay's protocol, logged on a lead with its transcript", async () => {
    const session = asSession(t.team.owner.session);
    const { socket, frames } = await open({ cookie: session.cookie ?? '' });
    await until(() => ended(frames, 1));
    const named = frames.find((f) => f.type === 'call');
    expect(named?.callId).toBeTruthy();
    const greeting = frames
      .filter((f) => f.type === 'text')
      .map((f) => f.token)
      .join('');
    expect(greeting).toContain('AI assistant');

    socket.send(
      JSON.stringify({ type: 'prompt', voicePrompt: 'I want to buy a 3 bedroom house', last: true }),
    );
    await until(() => ended(frames, 2));
    const answer = frames
      .slice(frames.findIndex((f) => f.type === 'text' && f.last) + 1)
      .filter((f) => f.type === 'text')
      .map((f) => f.token)
      .join('');
    expect(answer).toMatch(/three bedrooms/i);
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.close(1000);
    await closed;

    const callId = named?.callId ?? '';
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${named?.leadId}/calls`,
      headers: session,
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((c: { id: string }) => c.id)).toContain(callId);
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/calls/${callId}`, headers: session });
    expect(detail.json().transcript.map((turn: { speaker: string }) => turn.speaker)).toEqual([
      'caller',
      'assistant',
    ]);
  });
});
