import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { testDialect } from '../../../test/helpers/db.js';
import { buildTeam, type Team } from '../../../test/helpers/factories.js';
import { exportWorkspace } from '../../privacy/workspace-deletion.service.js';
import { rowToListingFacts } from './knowledge.presenters.js';
import { listingsForTurn } from './knowledge.service.js';

describe(`listings' open houses, pets, showing notes and zone, search and import preview on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let other: Team;

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
    other = await buildTeam(t);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, key = team.key.secret) =>
    t.app.inject({
      method,
      url,
      headers: asApiKey(key),
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const importCsv = (csv: string, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/knowledge/listings/import${query}`,
      headers: { ...asApiKey(team.key.secret), 'content-type': 'text/csv' },
      payload: csv,
    });

  it('keeps open houses, the pets policy, showing notes and the zone, and refuses bad ones by field', async () => {
    const created = await call('POST', '/api/v1/knowledge/listings', {
      address: '410 Harbor View Dr, Tampa, FL',
      price: 615000,
      petsPolicy: 'Cats and dogs under 40 lb welcome',
      showingNotes: 'Lockbox on the side gate, code with the office',
      timeZone: 'America/Chicago',
      openHouses: [
        { start: '2026-01-17T13:00:00-06:00', end: '2026-01-17T16:00:00-06:00' },
        { start: '2026-01-18T12:00:00-06:00', end: '2026-01-18T14:00:00-06:00' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const listing = created.json();
    expect(listing).toMatchObject({
      petsPolicy: 'Cats and dogs under 40 lb welcome',
      showingNotes: 'Lockbox on the side gate, code with the office',
      timeZone: 'America/Chicago',
      openHouses: [
        { start: '2026-01-17T13:00:00-06:00', end: '2026-01-17T16:00:00-06:00' },
        { start: '2026-01-18T12:00:00-06:00', end: '2026-01-18T14:00:00-06:00' },
      ],
    });

    const moved = await call('PATCH', `/api/v1/knowledge/listings/${listing.id}`, {
      openHouses: [{ start: '2026-01-24T10:00:00-06:00', end: '2026-01-24T12:00:00-06:00' }],
      showingNotes: null,
    });
    expect(moved.json()).toMatchObject({
      openHouses: [{ start: '2026-01-24T10:00:00-06:00', end: '2026-01-24T12:00:00-06:00' }],
      showingNotes: null,
      petsPolicy: 'Cats and dogs under 40 lb welcome',
    });

    const refused = async (openHouse: unknown, extra: Record<string, unknown> = {}) => {
      const answer = await call('PATCH', `/api/v1/knowledge/listings/${listing.id}`, {
        openHouses: [openHouse],
        ...extra,
      });
      expect(answer.statusCode, answer.body).toBe(400);
      return answer.json().error.details.issues.map((i: { path: string }) => i.path);
    };
    // Ends before it starts, lasts two days, has no offset, falls outside the instants the API accepts.
    expect(await refused({ start: '2026-01-24T12:00:00-06:00', end: '2026-01-24T10:00:00-06:00' })).toContain(
      'body.openHouses.0.end',
    );
    expect(await refused({ start: '2026-01-24T10:00:00-06:00', end: '2026-01-26T10:00:00-06:00' })).toContain(
      'body.openHouses.0.end',
    );
    expect(await refused({ start: '2026-01-24T10:00:00', end: '2026-01-24T12:00:00' })).toContain(
      'body.openHouses.0.start',
    );
    expect(await refused({ start: '2301-01-24T10:00:00-06:00', end: '2301-01-24T12:00:00-06:00' })).toContain(
      'body.openHouses.0.start',
    );
    const badZone = await call('PATCH', `/api/v1/knowledge/listings/${listing.id}`, {
      timeZone: 'Mars/Base',
    });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().error.details.issues[0].path).toBe('body.timeZone');

    // The engine is given the pets policy and the zone, never the agents' showing notes.
    await call('PATCH', `/api/v1/knowledge/listings/${listing.id}`, { showingNotes: 'Gate code 4411' });
    const facts = (
      await listingsForTurn(t.ctx.db, team.workspace.id, {
        texts: ['is 410 Harbor View pet friendly?'],
        inquiry: null,
      })
    ).map(rowToListingFacts);
    expect(facts[0]).toMatchObject({
      petsPolicy: 'Cats and dogs under 40 lb welcome',
      timeZone: 'America/Chicago',
    });
    expect(JSON.stringify(facts)).not.toContain('4411');

    // The workspace export carries them; another workspace sees none of it.
    const { zip } = await exportWorkspace(t.ctx, team.workspace.id);
    const exported = JSON.parse(strFromU8(unzipSync(zip)['listings.json'] as Uint8Array));
    const row = exported.find((r: { id: string }) => r.id === listing.id);
    expect(row).toMatchObject({
      petsPolicy: 'Cats and dogs under 40 lb welcome',
      timeZone: 'America/Chicago',
    });
    expect(JSON.stringify(row.openHouses)).toContain('2026-01-24T10:00:00-06:00');
    expect(
      (await call('GET', `/api/v1/knowledge/listings/${listing.id}`, undefined, other.key.secret)).statusCode,
    ).toBe(404);
  });

  it('finds listings by part of the address, city, ZIP or MLS number in any case, within the workspace', async () => {
    for (const [address, city, zip, mlsNumber] of [
      ['12 Maple Ct', 'Orlando', '32801', 'ORL-100'],
      ['88 Maplewood Ln', 'Tampa', '33602', 'TPA-200'],
      ['5 Bay St', 'Tampa', '33606', null],
      ['7 100% Pure Way', 'Miami', '33101', null],
    ]) {
      const answer = await call('POST', '/api/v1/knowledge/listings', { address, city, zip, mlsNumber });
      expect(answer.statusCode, answer.body).toBe(201);
    }
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/listings',
      headers: asApiKey(other.key.secret),
      payload: { address: '1 Maple Ct', city: 'Tampa' },
    });
    const search = async (q: string) =>
      (await call('GET', `/api/v1/knowledge/listings?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((l: { address: string }) => l.address);
    expect(await search('MAPLE')).toEqual(['12 Maple Ct', '88 Maplewood Ln']);
    expect(await search('tampa')).toEqual(['410 Harbor View Dr, Tampa, FL', '88 Maplewood Ln', '5 Bay St']);
    expect(await search('3280')).toEqual(['12 Maple Ct']);
    expect(await search('orl-1')).toEqual(['12 Maple Ct']);
    // LIKE's wildcards are plain characters here.
    expect(await search('100%')).toEqual(['7 100% Pure Way']);
    expect(await search('_')).toEqual([]);
  });

  it('previews an import without writing, then imports open houses, pets and notes in the row zone', async () => {
    const csv = [
      'address,price,open_houses,pets,showing_notes,time_zone',
      '21 Coral Way,499000,2026-02-07 1-4pm; 2026-02-08 11:00-13:00,No pets,Call first,America/Los_Angeles',
      '22 Coral Way,not money,,,,',
      '23 Coral Way,350000,2026-02-07 10-2pm,,,',
      '24 Coral Way,350000,2026-02-07 4pm-1pm,,,',
    ].join('\n');
    const preview = await importCsv(csv, '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, created: 2, updated: 0, rejected: 2 });
    expect(preview.json().rows.map((r: { outcome: string; id: string | null }) => [r.outcome, r.id])).toEqual(
      [
        ['created', null],
        ['rejected', null],
        ['created', null],
        ['rejected', null],
      ],
    );
    expect(preview.json().rows[1].reason).toContain('not money');
    expect((await call('GET', '/api/v1/knowledge/listings?q=coral')).json().items).toEqual([]);

    const done = await importCsv(csv);
    expect(done.json()).toMatchObject({ dryRun: false, created: 2, rejected: 2 });
    const coral = (await call('GET', '/api/v1/knowledge/listings?q=21 coral')).json().items[0];
    expect(coral).toMatchObject({
      petsPolicy: 'No pets',
      showingNotes: 'Call first',
      timeZone: 'America/Los_Angeles',
      openHouses: [
        { start: '2026-02-07T13:00:00-08:00', end: '2026-02-07T16:00:00-08:00' },
        { start: '2026-02-08T11:00:00-08:00', end: '2026-02-08T13:00:00-08:00' },
      ],
    });
    // Without a zone on the row, the workspace's.
    const other23 = (await call('GET', '/api/v1/knowledge/listings?q=23 coral')).json().items[0];
    expect(other23.openHouses).toEqual([
      { start: '2026-02-07T10:00:00-05:00', end: '2026-02-07T14:00:00-05:00' },
    ]);
  });

  it('previews which FAQ entry a question gets, with a draft in place of the entry it edits', async () => {
    const hoa = (
      await call('POST', '/api/v1/knowledge/faqs', {
        question: 'Do your listings have HOA fees?',
        answer: 'Some do; each listing shows its monthly HOA fee.',
        keywords: ['hoa', 'association fee'],
      })
    ).json();
    await call('POST', '/api/v1/knowledge/faqs', {
      question: 'Do you work with first-time buyers?',
      answer: 'Yes, we walk first-time buyers through every step.',
    });
    const preview = async (body: Record<string, unknown>) => {
      const answer = await call('POST', '/api/v1/knowledge/faqs/preview', body);
      expect(answer.statusCode, answer.body).toBe(200);
      return answer.json().match;
    };
    expect(await preview({ question: "what's the HOA on these?" })).toEqual({
      faq: { id: hoa.id, question: hoa.question, answer: hoa.answer },
      score: 1,
      draft: false,
    });
    expect(await preview({ question: 'is there a homeowners association fee' })).toMatchObject({ score: 2 });
    expect(await preview({ question: 'do you work with first-time buyers at all?' })).toMatchObject({
      faq: { question: 'Do you work with first-time buyers?' },
      draft: false,
    });
    expect(await preview({ question: 'what color is the sky' })).toBeNull();

    // Editing the HOA entry's keywords: the draft replaces it, unsaved.
    const draft = { id: hoa.id, question: hoa.question, answer: hoa.answer, keywords: ['dues'] };
    expect(await preview({ question: "what's the HOA on these?", draft })).toBeNull();
    expect(await preview({ question: 'monthly dues?', draft })).toMatchObject({
      faq: { id: hoa.id },
      draft: true,
    });
    expect((await call('GET', `/api/v1/knowledge/faqs/${hoa.id}`)).json().keywords).toEqual([
      'hoa',
      'association fee',
    ]);
    // A new entry has no id yet.
    expect(
      await preview({ question: 'can I bring my dog', draft: { question: 'Pets?', keywords: ['dog'] } }),
    ).toMatchObject({ faq: { id: null, question: 'Pets?' }, draft: true });

    // Another workspace's entries are not matched.
    const elsewhere = await call(
      'POST',
      '/api/v1/knowledge/faqs/preview',
      { question: 'HOA?' },
      other.key.secret,
    );
    expect(elsewhere.json().match).toBeNull();
    expect((await call('POST', '/api/v1/knowledge/faqs/preview', { question: '' })).statusCode).toBe(400);
  });
});
