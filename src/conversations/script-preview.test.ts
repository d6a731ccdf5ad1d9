import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';

describe(`the script editor's next-question preview on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await buildTestApp();
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  const preview = async (body: Record<string, unknown>) => {
    const answer = await t.app.inject({
      method: 'POST',
      url: '/api/v1/conversations/script/preview',
      headers: asApiKey(team.key.secret),
      payload: body,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json();
  };

  it("follows the workspace's script: intent first, then what applies to the intent", async () => {
    expect(await preview({ profile: {} })).toEqual({
      next: { index: 0, slot: 'intent', required: true, phrasing: 'Are you looking to buy, sell, or both?' },
      qualified: false,
      handoff: false,
    });
    expect((await preview({ profile: { intent: 'sell' } })).next).toMatchObject({ slot: 'propertyAddress' });
    expect((await preview({ profile: { intent: 'buy', timelineMonths: 6 } })).next).toMatchObject({
      slot: 'preApproved',
    });
    // A question asked as often as it may be is skipped.
    expect(
      (await preview({ profile: { intent: 'buy', timelineMonths: 6 }, asked: { preApproved: 2 } })).next,
    ).toMatchObject({ slot: 'budget' });
    // A renter is asked the move-in date, then the monthly budget.
    expect((await preview({ profile: { intent: 'rent' } })).next).toMatchObject({ slot: 'moveInDate' });
    expect((await preview({ profile: { intent: 'rent', moveInDate: '2026-04-01' } })).next).toMatchObject({
      slot: 'budget',
      phrasing: 'What monthly rent are you aiming for?',
    });
  });

  it('says when the lead is qualified and when the hot-lead handoff takes over', async () => {
    const known = {
      intent: 'buy',
      preApproved: true,
      budgetMax: 500000,
      areas: ['Hyde Park'],
    };
    const later = await preview({ profile: { ...known, timelineMonths: 9 } });
    expect(later).toMatchObject({ qualified: true, handoff: false, next: { slot: 'beds', required: false } });
    const soon = await preview({ profile: { ...known, timelineMonths: 2 } });
    expect(soon).toEqual({ next: null, qualified: true, handoff: true });
    // A draft threshold is tried without saving it.
    expect((await preview({ profile: { ...known, timelineMonths: 2 }, hotTimelineMonths: 1 })).handoff).toBe(
      false,
    );
  });

  it('runs a draft script, and the saved one once it is saved', async () => {
    const script = {
      questions: [
        { slot: 'timelineMonths', phrasings: ['When would you like to move?'] },
        { slot: 'intent', phrasings: ['Buying or selling?'] },
      ],
    };
    expect((await preview({ script, profile: {} })).next).toEqual({
      index: 0,
      slot: 'timelineMonths',
      required: true,
      phrasing: 'When would you like to move?',
    });
    expect((await preview({ profile: {} })).next.slot).toBe('intent');
    const saved = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/conversation/settings',
      headers: asSession(team.owner.session),
      payload: { script },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await preview({ profile: {} })).next.slot).toBe('timelineMonths');
  });

  it('refuses a script or profile that does not validate, naming the field', async () => {
    const bad = async (body: Record<string, unknown>) => {
      const answer = await t.app.inject({
        method: 'POST',
        url: '/api/v1/conversations/script/preview',
        headers: asApiKey(team.key.secret),
        payload: body,
      });
      expect(answer.statusCode).toBe(400);
      return answer.json().error.details.issues[0].path;
    };
    expect(await bad({ profile: { intent: 'lease' } })).toBe('body.profile.intent');
    expect(await bad({ profile: {}, script: { questions: [] } })).toBe('body.script.questions');
    expect(await bad({ profile: {}, script: { questions: [{ slot: 'intent', phrasings: [] }] } })).toBe(
      'body.script.questions.0.phrasings',
    );
    expect(await bad({ profile: {}, asked: { intent: 9 } })).toBe('body.asked.intent');
  });

  it('is described in the OpenAPI document with the FAQ preview', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const preview = doc.paths['/api/v1/conversations/script/preview'].post;
    expect(Object.keys(preview.requestBody.content['application/json'].schema.properties)).toEqual([
      'script',
      'hotTimelineMonths',
      'profile',
      'asked',
    ]);
    expect(doc.paths['/api/v1/knowledge/faqs/preview'].post.responses).toHaveProperty('200');
    expect(doc.paths['/api/v1/knowledge/listings/import'].post.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'dryRun', in: 'query' })]),
    );
  });
});
