import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { testDialect } from '../../../test/helpers/db.js';
import { buildTeam, type Team } from '../../../test/helpers/factories.js';

describe(`knowledge base API and CSV import on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: Record<string, unknown>,
  ) =>
    t.app.inject({
      method,
      url,
      headers: asApiKey(team.key.secret),
      ...(payload === undefined ? {} : { payload }),
    });
  const importCsv = (csv: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/listings/import',
      headers: { ...asApiKey(team.key.secret), 'content-type': 'text/csv' },
      payload: csv,
    });

  it('creates, reads, updates, lists and deletes a listing', async () => {
    const created = await call('POST', '/api/v1/knowledge/listings', {
      address: '900 Lamar Blvd, Austin, TX',
      price: 725000.5,
      beds: 4,
      baths: 2.5,
      hoa: 0,
      openHouses: [{ start: '2026-01-17T13:00:00-06:00', end: '2026-01-17T16:00:00-06:00' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const listing = created.json();
    expect(listing).toMatchObject({
      status: 'active',
      price: 725000.5,
      baths: 2.5,
      hoa: 0,
      mlsNumber: null,
      url: null,
    });

    const patched = await call('PATCH', `/api/v1/knowledge/listings/${listing.id}`, {
      status: 'pending',
      price: null,
    });
    expect(patched.json()).toMatchObject({ status: 'pending', price: null, beds: 4 });
    expect((await call('GET', `/api/v1/knowledge/listings/${listing.id}`)).json().status).toBe('pending');
    const page = (await call('GET', '/api/v1/knowledge/listings?limit=50')).json();
    expect(page.items.map((l: { id: string }) => l.id)).toContain(listing.id);

    const duplicate = await call('POST', '/api/v1/knowledge/listings', {
      address: '900 Lamar Boulevard, Austin, TX',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('listing_exists');
    expect((await call('POST', '/api/v1/knowledge/listings', { address: 'x', price: -1 })).statusCode).toBe(
      400,
    );

    expect((await call('DELETE', `/api/v1/knowledge/listings/${listing.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/knowledge/listings/${listing.id}`)).statusCode).toBe(404);
  });

  it('keeps FAQ entries whose answers fit two texts', async () => {
    const created = await call('POST', '/api/v1/knowledge/faqs', {
      question: 'Do you help first-time buyers?',
      answer: 'Yes! Most of our clients are first-time buyers, and we walk you through every step.',
      keywords: ['first-time', 'first time'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const faq = created.json();
    const updated = await call('PATCH', `/api/v1/knowledge/faqs/${faq.id}`, {
      keywords: ['first time buyer'],
    });
    expect(updated.json().keywords).toEqual(['first time buyer']);
    expect(
      (await call('POST', '/api/v1/knowledge/faqs', { question: 'Long?', answer: 'x'.repeat(400) }))
        .statusCode,
    ).toBe(400);
    expect((await call('GET', '/api/v1/knowledge/faqs')).json().items).toHaveLength(1);
    expect((await call('DELETE', `/api/v1/knowledge/faqs/${faq.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/knowledge/faqs/${faq.id}`)).statusCode).toBe(404);
  });

  it('imports listings from CSV, updating by MLS number or address and rejecting bad rows with the reason', async () => {
    const csv = [
      'Address,City,State,Zip,MLS #,List Price,Status,Bedrooms,Bathrooms,Sq Ft,HOA,Open House,URL',
      '12 Oak St,Austin,TX,78704,4455667,"$450,000",Active,3,2,1850,0,2026-01-17 1-4pm,https://homes.example/12-oak',
      '34 Pine Ave,Austin,TX,78745,,525k,Under Contract,4,3,2400,,,',
      ',Austin,TX,,,,,,,,,,',
      '56 Elm Rd,Austin,TX,,,not a price,,,,,,,',
    ].join('\n');
    const first = await importCsv(csv);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: 2, updated: 0, rejected: 2 });
    const rows = first.json().rows;
    expect(rows.map((r: { line: number; outcome: string }) => [r.line, r.outcome])).toEqual([
      [2, 'created'],
      [3, 'created'],
      [4, 'rejected'],
      [5, 'rejected'],
    ]);
    expect(rows[3].reason).toContain('not a price');

    const oak = (await call('GET', `/api/v1/knowledge/listings/${rows[0].id}`)).json();
    expect(oak).toMatchObject({
      address: '12 Oak St',
      mlsNumber: '4455667',
      price: 450000,
      status: 'active',
      hoa: 0,
      sqft: 1850,
      openHouses: [{ start: '2026-01-17T13:00:00-05:00', end: '2026-01-17T16:00:00-05:00' }], // the workspace's zone
    });
    expect((await call('GET', `/api/v1/knowledge/listings/${rows[1].id}`)).json()).toMatchObject({
      status: 'pending',
      price: 525000,
    });

    const again = await importCsv(
      'address,mls,price,status\n12 Oak Street,4455667,440000,active\n34 pine avenue,,510000,sold\n',
    );
    expect(again.json()).toMatchObject({ created: 0, updated: 2, rejected: 0 });
    expect((await call('GET', `/api/v1/knowledge/listings/${rows[0].id}`)).json().price).toBe(440000);
    expect((await call('GET', `/api/v1/knowledge/listings/${rows[1].id}`)).json().status).toBe('sold');

    const noAddress = await importCsv('price,beds\n100000,2\n');
    expect(noAddress.statusCode).toBe(400);
    expect(noAddress.json().error.code).toBe('missing_column');
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/listings/import',
      headers: asApiKey(team.key.secret),
      payload: { address: '1 Nope St' },
    });
    expect(json.statusCode).toBe(415);
  });

  it('lets owners change the assistant settings, validating the script', async () => {
    const before = (await call('GET', '/api/v1/conversation/settings')).json();
    expect(before).toMatchObject({
      handoff: { hotTimelineMonths: 3, maxTurnsWithoutProgress: 6 },
      followUps: { afterDays: [1, 3, 7] },
    });
    expect(before.script.questions[0].slot).toBe('intent');
    const patch = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/v1/conversation/settings',
        headers: asSession(team.owner.session),
        payload,
      });
    const changed = await patch({
      assistantName: 'Ava',
      followUps: { afterDays: [2, 5], nurtureEveryDays: null },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      assistantName: 'Ava',
      followUps: { afterDays: [2, 5], nurtureEveryDays: null },
    });
    expect((await patch({ followUps: { afterDays: [5, 2] } })).statusCode).toBe(400);
    expect(
      (await patch({ script: { questions: [{ slot: 'nonsense', phrasings: ['?'] }] } })).statusCode,
    ).toBe(400);
    expect((await patch({ assistantName: null })).json().assistantName).toBeNull();
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: '/api/v1/conversation/settings',
          headers: asApiKey(team.key.secret),
          payload: {},
        })
      ).statusCode,
    ).toBe(403);
  });
});
