import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildLead, buildTeam, type Team } from '../../test/helpers/factories.js';
import { fromJson } from '../db/schema.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import type { ImportEvent } from './import.schema.js';
import { collectImport, importLeads, MAX_LISTED_ROWS } from './import.service.js';

const HEADER =
  'Full Name,Mobile,E-mail,Lead Source,Notes,Address,City,State,Zip,MLS #,Price,Type,Tags,' +
  'sms_consent,consent_text,consent_at,consent_ip,consent_page';
const DISCLOSURE = 'I agree to receive texts from Test Realty about my inquiry. Msg & data rates may apply.';

describe(`CSV import on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // 10:00 in Austin
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  const upload = (csv: string, options: { query?: string; accept?: string; type?: string } = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/import${options.query ?? ''}`,
      headers: {
        ...asApiKey(team.key.secret),
        'content-type': options.type ?? 'text/csv',
        ...(options.accept ? { accept: options.accept } : {}),
      },
      payload: csv,
    });
  const messagesOf = (leadId: string) =>
    t.ctx.db.selectFrom('messages').selectAll().where('leadId', '=', leadId).execute();

  it('imports, merges and rejects row by row, and texts only rows with consent evidence', async () => {
    const existing = await buildLead(t.ctx, { workspaceId: team.workspace.id, phone: '+15125550171' });
    const csv = [
      HEADER,
      `Ana Alvarez,(512) 555-0161,ana@example.com,zillow,Wants a yard,12 Oak St,Austin,TX,78704,MLS123,"$450,000",buyer,"hot, spring",yes,"${DISCLOSURE}",2026-01-10 09:30,203.0.113.5,https://agent.example/form`,
      'Ben Brown,512-555-0162,,,,,,,,,,seller,,,,,,',
      'Benjamin Brown,+1 512 555 0162,ben@example.com,,Second row for Ben,,,,,,,,,,,,,',
      'No Way To Reach,,,,Just a note,,,,,,,,,,,,,',
      'Cara Cole,512 555 0163,,,,,,,,,,,,yes,,,,',
      'Dee Invalid,555-12,dee@example.com,,,,,,,,,investor,,,,,,',
      '"Eve ""Evie"" Evans",512 555 0164,,,"Line one\nline two, with a comma",,,,,,,,,,,,,',
      'Existing Person,+15125550171,,,,,,,,,,,,,,,,',
    ].join('\r\n');
    const response = await upload(csv, { query: '?source=spring-open-house' });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.summary).toEqual({ created: 5, merged: 2, rejected: 1, total: 8, firstResponsesQueued: 1 });
    expect(result.truncated).toBe(false);
    expect(result.rows).toEqual([
      expect.objectContaining({ row: 2, status: 'created', firstResponse: 'queued' }),
      expect.objectContaining({ row: 3, status: 'created', firstResponse: 'not_queued' }),
      expect.objectContaining({ row: 4, status: 'merged', firstResponse: 'not_queued' }),
      expect.objectContaining({
        row: 5,
        status: 'rejected',
        reason: expect.stringMatching(/^lead_unreachable: /),
      }),
      expect.objectContaining({ row: 6, status: 'created', warnings: ['consent_evidence_incomplete'] }),
      expect.objectContaining({ row: 7, status: 'created', warnings: ['lead_type_ignored'] }),
      expect.objectContaining({ row: 8, status: 'created' }),
      expect.objectContaining({ row: 9, status: 'merged', leadId: existing.leadId }),
    ]);
    expect(result.rows[3].leadId).toBeUndefined();
    expect(result.rows[2].leadId).toBe(result.rows[1].leadId);

    const ana = await t.ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', result.rows[0].leadId)
      .executeTakeFirstOrThrow();
    expect(ana).toMatchObject({ source: 'zillow', leadType: 'buyer' });
    expect(fromJson(ana.tags)).toEqual(['hot', 'spring']);
    const [anaInquiry] = await t.ctx.db
      .selectFrom('inquiries')
      .selectAll()
      .where('leadId', '=', ana.id)
      .execute();
    expect(anaInquiry).toMatchObject({ channel: 'import', message: 'Wants a yard' });
    expect(fromJson(anaInquiry?.property)).toEqual({
      address: '12 Oak St',
      city: 'Austin',
      state: 'TX',
      zip: '78704',
      mlsNumber: 'MLS123',
      price: 450000,
    });
    const [grant] = await t.ctx.db
      .selectFrom('consentEvents')
      .selectAll()
      .where('contactId', '=', ana.contactId)
      .execute();
    expect(grant).toMatchObject({ source: 'import', action: 'granted' });
    // Without an offset the consent time is read in the workspace's zone (New York by default).
    expect(fromJson(grant?.evidence)).toMatchObject({
      disclosure: DISCLOSURE,
      capturedAt: '2026-01-10T14:30:00.000Z',
      ip: '203.0.113.5',
      pageUrl: 'https://agent.example/form',
    });
    const eve = await t.ctx.db
      .selectFrom('inquiries')
      .selectAll()
      .where('leadId', '=', result.rows[6].leadId)
      .executeTakeFirstOrThrow();
    expect(eve.message).toBe('Line one\nline two, with a comma');
    const ben = await t.ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', result.rows[1].leadId)
      .executeTakeFirstOrThrow();
    expect(ben.source).toBe('spring-open-house');

    await drainJobs(t.ctx, jobDefinitions);
    expect((await messagesOf(ana.id)).map((m) => [m.kind, m.status])).toEqual([['first_response', 'sent']]);
    for (const row of result.rows.slice(1)) {
      if (row.leadId && row.leadId !== existing.leadId) expect(await messagesOf(row.leadId)).toEqual([]);
    }

    // The agents are not sent a note per imported row; the importer has the results.
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select('leadId')
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(notes.map((n) => n.leadId)).toEqual([existing.leadId]);

    const audit = (await auditRows(t, team.workspace.id)).filter((r) => r.action === 'leads.imported');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorType: 'api_key', actorId: team.key.apiKey.id });
    expect(fromJson(audit[0]?.details)).toEqual({
      outcome: 'completed',
      created: 5,
      merged: 2,
      rejected: 1,
      total: 8,
      firstResponsesQueued: 1,
    });
  });

  it('takes an explicit column mapping and refuses bad ones', async () => {
    const csv = 'Who,Cell #,Ignored\nGus Green,512 555 0181,secret\n';
    const mapping = encodeURIComponent(JSON.stringify({ Who: 'name', 'Cell #': 'phone' }));
    const response = await upload(csv, { query: `?mapping=${mapping}` });
    expect(response.json().summary).toMatchObject({ created: 1, total: 1 });
    const contact = await t.ctx.db
      .selectFrom('contacts')
      .selectAll()
      .where('phone', '=', '+15125550181')
      .executeTakeFirstOrThrow();
    expect(contact.name).toBe('Gus Green');

    const refusals: [string, string][] = [
      [`?mapping=${encodeURIComponent('{"Nope":"phone"}')}`, 'unknown_column'],
      [`?mapping=${encodeURIComponent('{"Who":"shoe size"}')}`, 'invalid_mapping'],
      ['?mapping=%7Bnot-json', 'invalid_mapping'],
      [`?mapping=${encodeURIComponent('{"Cell #":"ignore"}')}`, 'no_contact_column'],
    ];
    for (const [query, code] of refusals) {
      const refused = await upload(csv, { query });
      expect(refused.statusCode, query).toBe(400);
      expect(refused.json().error.code).toBe(code);
    }
    const empty = await upload('');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('empty_csv');
    const json = await upload('{"name":"x"}', { type: 'application/json' });
    expect(json.statusCode).toBe(415);
  });

  it('refuses a malformed file with its line number, keeping the rows before it', async () => {
    const csv = 'name,phone\nHal Hill,512 555 0191\nIda "Broken,512 555 0192\nJo,512 555 0193\n';
    const response = await upload(csv);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'malformed_csv',
      message: expect.stringMatching(/line 3/),
      details: { line: 3, imported: { created: 1, total: 1 } },
    });
  });

  it('streams NDJSON: each row, progress every 100 rows, and the summary', async () => {
    const rows = Array.from(
      { length: 250 },
      (_, i) => `Lead ${i},+1737555${String(1000 + i).padStart(4, '0')}`,
    );
    const response = await upload(['name,phone', ...rows].join('\n'), { accept: 'application/x-ndjson' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines: ImportEvent[] = response.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.filter((l) => l.type === 'row')).toHaveLength(250);
    expect(lines.filter((l) => l.type === 'progress').map((l) => 'total' in l && l.total)).toEqual([
      100, 200,
    ]);
    expect(lines[100]).toMatchObject({ type: 'progress', total: 100, created: 100 });
    expect(lines.at(-1)).toEqual({
      type: 'summary',
      created: 250,
      merged: 0,
      rejected: 0,
      total: 250,
      firstResponsesQueued: 0,
    });

    const broken = await upload('name,phone\nKim,512 555 0199\n"Lou,512\n', {
      accept: 'application/x-ndjson',
    });
    const last = JSON.parse(broken.body.trim().split('\n').at(-1) ?? '{}');
    expect(last).toMatchObject({ type: 'error', code: 'malformed_csv', details: { line: 3 } });
    expect(JSON.parse(broken.body.split('\n')[0] ?? '{}')).toMatchObject({
      type: 'row',
      row: 2,
      status: 'created',
    });
  });

  it('stops at the size limit', async () => {
    const events = importLeads(t.ctx, {
      workspaceId: team.workspace.id,
      input: Readable.from(['name,phone\n', 'Max,512 555 0111\n'.repeat(20)]),
      maxBytes: 100,
      actor: { type: 'system', id: null },
    });
    await expect(collectImport(events)).rejects.toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('lists the first rows of a long import and counts them all', async () => {
    async function* many(): AsyncGenerator<ImportEvent> {
      for (let row = 2; row < MAX_LISTED_ROWS + 7; row += 1) yield { type: 'row', row, status: 'created' };
      const total = MAX_LISTED_ROWS + 5;
      yield { type: 'summary', created: total, merged: 0, rejected: 0, total, firstResponsesQueued: 0 };
    }
    const result = await collectImport(many());
    expect(result.rows).toHaveLength(MAX_LISTED_ROWS);
    expect(result.truncated).toBe(true);
    expect(result.summary.total).toBe(MAX_LISTED_ROWS + 5);
  });
});
