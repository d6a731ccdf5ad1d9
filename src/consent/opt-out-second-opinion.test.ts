import { describe, expect, it } from 'vitest';
import { failingModel, hangingModel, mockModel } from '../../test/helpers/ai.js';
import { assessOptOut, type OptOutAssessment } from './keywords.js';
import { secondOpinion } from './opt-out-second-opinion.js';

const keep: OptOutAssessment = {
  decision: 'keep',
  channel: 'sms',
  score: 0.04,
  reason: null,
  trigger: null,
  layer: 'model',
};

describe('secondOpinion', () => {
  it('escalates a keep to uncertain when the model reads a revocation, with the span it names', async () => {
    const text = 'Honestly my husband would rather you went and bugged another family';
    const model = mockModel({ revokes: true, channel: 'all', span: 'went and bugged another family' });
    const result = await secondOpinion({ model, text, assessment: keep });
    expect(result).toEqual({
      ...keep,
      decision: 'uncertain',
      channel: 'all',
      trigger: 'went and bugged another family',
    });
    expect(model.doGenerateCalls).toHaveLength(1);
  });

  it('falls back to the text as the trigger when the span is not in it', async () => {
    const model = mockModel({ revokes: true, channel: 'nonsense', span: 'words the lead never wrote' });
    const result = await secondOpinion({ model, text: 'ok whatever', assessment: keep });
    expect(result).toMatchObject({ decision: 'uncertain', channel: 'sms', trigger: 'ok whatever' });
  });

  it('leaves a keep alone when the model agrees', async () => {
    const model = mockModel({ revokes: false, channel: 'sms', span: '' });
    expect(await secondOpinion({ model, text: 'can we stop by Saturday?', assessment: keep })).toBe(keep);
  });

  it('never clears or revokes: revoke and uncertain are returned as they are, without a call', async () => {
    const model = mockModel({ revokes: false, channel: 'sms', span: '' });
    const revoke = assessOptOut('please stop texting me');
    expect(revoke.decision).toBe('revoke');
    expect(await secondOpinion({ model, text: 'please stop texting me', assessment: revoke })).toBe(revoke);
    const uncertain: OptOutAssessment = { ...keep, decision: 'uncertain', score: 0.6, trigger: 'meh' };
    expect(await secondOpinion({ model, text: 'meh', assessment: uncertain })).toBe(uncertain);
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it('returns the assessment unchanged when the provider fails or answers nonsense', async () => {
    expect(await secondOpinion({ model: failingModel(), text: 'hello', assessment: keep })).toBe(keep);
    expect(
      await secondOpinion({ model: mockModel('not json at all'), text: 'hello', assessment: keep }),
    ).toBe(keep);
    expect(
      await secondOpinion({ model: mockModel({ revokes: 'yes' }), text: 'hello', assessment: keep }),
    ).toBe(keep);
  });

  it('stops waiting at its budget, even for a model that ignores its abort signal', async () => {
    const started = performance.now();
    const result = await secondOpinion({
      model: hangingModel(),
      text: 'hello',
      assessment: keep,
      budgetMs: 50,
    });
    expect(result).toBe(keep);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('answers at once when the caller has already given up', async () => {
    const controller = new AbortController();
    controller.abort();
    const model = mockModel({ revokes: true, channel: 'all', span: 'x' });
    const result = await secondOpinion({ model, text: 'x', assessment: keep, signal: controller.signal });
    expect(result).toBe(keep);
    expect(model.doGenerateCalls).toHaveLength(0);
  });
});
