import { describe, expect, it } from 'vitest';
import {
  failingModel,
  hangingModel,
  mockModel,
  modelReading,
  understandingOf,
} from '../../../test/helpers/ai.js';
import { understandWithModel } from './understand.js';
import { mergeUnderstanding } from './understanding-merge.js';

const now = '2026-01-15T09:00:00-06:00';
const tz = 'America/Chicago';
const message = (text: string) => ({ text, now, tz });

describe('understanding with a model', () => {
  it('fills a field the rules left null, keeps what they found, and records the call', async () => {
    const model = mockModel({
      text: JSON.stringify(
        modelReading({ intent: 'sell', propertyType: 'townhouse', timelineMonths: 4, preApproved: true }),
      ),
      inputTokens: 321,
      outputTokens: 54,
      delayMs: 30,
    });
    const deterministic = understandingOf({ intent: 'buy', timelineMonths: 6 });
    const result = await understandWithModel({
      model,
      ...message('thinking of a townhome, we have cash, maybe in 6 months'),
      deterministic,
    });

    expect(result.filled).toEqual({ propertyType: 'townhouse', preApproved: true });
    expect(result.understanding).toEqual({ ...deterministic, propertyType: 'townhouse', preApproved: true });
    expect(result.record).toMatchObject({
      task: 'understand',
      model: 'mock/mock-model',
      promptVersion: 'understand-v1',
      inputTokens: 321,
      outputTokens: 54,
      outcome: 'used',
      // "sell" and "4 months" appear nowhere in the message.
      detail: 'dropped:intent,timelineMonths',
    });
    expect(result.record?.latencyMs).toBeGreaterThanOrEqual(25);
  });

  it('asks for the Understanding schema less keyword and optOut, with the message, time and zone', async () => {
    const model = mockModel(modelReading());
    await understandWithModel({ model, ...message('hi there'), deterministic: understandingOf() });

    const call = model.doGenerateCalls[0];
    if (!call) throw new Error('expected a call');
    expect(call.responseFormat).toMatchObject({ type: 'json', name: 'understanding' });
    const schema = (call.responseFormat as { schema: { properties: Record<string, unknown> } }).schema;
    expect(Object.keys(schema.properties)).toContain('budgetMax');
    expect(Object.keys(schema.properties)).not.toContain('optOut');
    expect(Object.keys(schema.properties)).not.toContain('keyword');
    const prompt = JSON.stringify(call.prompt);
    expect(prompt).toContain('hi there');
    expect(prompt).toContain('2026-01-15T09:00:00-06:00 (Thursday)');
    expect(prompt).toContain('America/Chicago');
  });

  it('never calls a model on an opt-out or a carrier keyword: the deterministic reading stands', async () => {
    const model = mockModel(modelReading({ intent: 'buy' }));
    const optOut = { channel: 'all' as const, reason: 'leave me alone' };
    const stopped = await understandWithModel({
      model,
      ...message('leave me alone'),
      deterministic: understandingOf({ optOut }),
    });
    const keyword = await understandWithModel({
      model,
      ...message('STOP'),
      deterministic: understandingOf({ keyword: 'stop', optOut }),
    });

    expect(stopped.understanding.optOut).toEqual(optOut);
    expect(stopped.record).toBeNull();
    expect(keyword.understanding.keyword).toBe('stop');
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it('keeps the deterministic opt-out when a model reads none, and ignores an opt-out a model invents', () => {
    const optOut = { channel: 'voice' as const, reason: "please don't call" };
    const kept = mergeUnderstanding(understandingOf({ optOut }), {
      ...(modelReading({ optOut: null, keyword: null }) as object),
    });
    expect(kept.merged.optOut).toEqual(optOut);

    const invented = mergeUnderstanding(
      understandingOf(),
      modelReading({ optOut: { channel: 'all', reason: 'model thinks so' }, keyword: 'stop' }),
    );
    expect(invented.merged.optOut).toBeNull();
    expect(invented.merged.keyword).toBeNull();
    expect(invented.filled).not.toHaveProperty('optOut');
    expect(invented.filled).not.toHaveProperty('keyword');
  });

  it('drops what a model says about opt-out even through the full call', async () => {
    const model = mockModel(
      modelReading({ optOut: { channel: 'all', reason: 'stop texting' }, keyword: 'stop', intent: 'rent' }),
    );
    const result = await understandWithModel({
      model,
      ...message('we rent now, stop by sometime?'),
      deterministic: understandingOf(),
    });
    expect(result.understanding.optOut).toBeNull();
    expect(result.understanding.keyword).toBeNull();
    expect(result.filled).toEqual({ intent: 'rent' });
  });

  it('falls back on output that is not JSON, keeping the tokens it cost', async () => {
    const deterministic = understandingOf({ beds: 3 });
    const model = mockModel({
      text: 'Sure! The lead wants a 3 bed house.',
      inputTokens: 90,
      outputTokens: 9,
    });
    const result = await understandWithModel({ model, ...message('3 bed pls'), deterministic });

    expect(result.understanding).toEqual(deterministic);
    expect(result.filled).toEqual({});
    expect(result.record).toMatchObject({
      outcome: 'fallback_invalid',
      inputTokens: 90,
      outputTokens: 9,
      detail: 'not_json_object',
    });
  });

  it('drops only the fields that fail the schema or a sanity check', async () => {
    const model = mockModel(
      modelReading({
        beds: -2,
        baths: 2.5,
        intent: 'invest',
        budgetMax: 450000,
        requestedTime: { start: '2026-01-16T16:00:00', end: '2026-01-16T17:00:00' },
        areas: ['Austin', 'Miami'],
      }),
    );
    const result = await understandWithModel({
      model,
      ...message('somewhere in austin, 2.5 baths, up to 450k'),
      deterministic: understandingOf(),
    });

    expect(result.filled).toEqual({ baths: 2.5, budgetMax: 450000, areas: ['Austin'] });
    expect(result.record?.outcome).toBe('used');
    expect(result.record?.detail).toBe('dropped:intent,beds,requestedTime,areas');
  });

  it("writes a requested time with the lead's zone offset, and drops one already over", async () => {
    const upcoming = mockModel(
      modelReading({ requestedTime: { start: '2026-01-16T22:00:00Z', end: '2026-01-16T23:00:00Z' } }),
    );
    const result = await understandWithModel({
      model: upcoming,
      ...message('tmrw 4ish?'),
      deterministic: understandingOf(),
    });
    expect(result.filled.requestedTime).toEqual({
      start: '2026-01-16T16:00:00-06:00',
      end: '2026-01-16T17:00:00-06:00',
    });

    const past = mockModel(
      modelReading({
        requestedTime: { start: '2026-01-14T16:00:00-06:00', end: '2026-01-14T17:00:00-06:00' },
      }),
    );
    const stale = await understandWithModel({
      model: past,
      ...message('yesterday at 4?'),
      deterministic: understandingOf(),
    });
    expect(stale.filled).toEqual({});
  });

  it('never stitches a price range from two readings, and never hands off on its own', async () => {
    const model = mockModel(modelReading({ budgetMin: 300000, budgetMax: 350000, wantsHuman: true }));
    const result = await understandWithModel({
      model,
      ...message('under 400k, can a real person call me'),
      deterministic: understandingOf({ budgetMax: 400000 }),
    });
    expect(result.understanding.budgetMin).toBeNull();
    expect(result.understanding.budgetMax).toBe(400000);
    expect(result.filled).toEqual({});
    expect(result.record?.detail).toBe('dropped:budgetMin,budgetMax,wantsHuman');

    const lowered = mergeUnderstanding(understandingOf({ wantsHuman: true }), { wantsHuman: false });
    expect(lowered.merged.wantsHuman).toBe(true);
  });

  it('salvages a fenced JSON answer', async () => {
    const fence = '```';
    const model = mockModel(
      `${fence}json\n${JSON.stringify(modelReading({ beds: 4, baths: -1 }))}\n${fence}`,
    );
    const result = await understandWithModel({ model, ...message('4br'), deterministic: understandingOf() });
    expect(result.filled).toEqual({ beds: 4 });
    expect(result.record?.outcome).toBe('used');
  });

  it('falls back when the provider fails', async () => {
    const deterministic = understandingOf({ intent: 'buy' });
    const result = await understandWithModel({
      model: failingModel(new TypeError('fetch failed')),
      ...message('buying'),
      deterministic,
    });
    expect(result.understanding).toEqual(deterministic);
    expect(result.record).toMatchObject({
      outcome: 'fallback_error',
      detail: 'TypeError',
      inputTokens: null,
      outputTokens: null,
    });
  });

  it('falls back within the budget when a model never answers', async () => {
    const deterministic = understandingOf({ beds: 2 });
    const started = performance.now();
    const result = await understandWithModel({
      model: hangingModel(),
      ...message('2 bed'),
      deterministic,
      budgetMs: 150,
    });
    const elapsed = performance.now() - started;

    expect(result.understanding).toEqual(deterministic);
    expect(result.record?.outcome).toBe('fallback_timeout');
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(150 + 250);
  });

  it('falls back at once when the caller aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('turn budget spent')), 20);
    const started = performance.now();
    const result = await understandWithModel({
      model: hangingModel(),
      ...message('hello'),
      deterministic: understandingOf(),
      signal: controller.signal,
    });
    expect(result.record?.outcome).toBe('fallback_error');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
