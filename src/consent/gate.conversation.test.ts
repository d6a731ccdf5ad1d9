import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { lastLeadTextQuery } from './gate.conversation.js';

/**
 * The gate asks when the contact last wrote before every text. A new lead's contact never has: the answer
 * must come from the contact's own part of an index, not from reading back through every message of the
 * workspace (which is what SQLite chose with only messages_workspace_created_idx to go by).
 */
describe(`when the lead last texted (${testDialect()})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.cleanup());

  it.runIf(testDialect() === 'sqlite')('is one probe of the contact part of an index', async () => {
    const { sql: text, parameters } = lastLeadTextQuery(t.db, {
      workspaceId: 'ws',
      contactId: 'contact',
      before: '2026-04-06T09:00:00.000Z',
    }).compile();
    const plan = await t.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${text}`, [...parameters]),
    );
    expect(plan.rows.map((row) => row.detail)).toEqual([
      'SEARCH messages USING COVERING INDEX messages_contact_created_idx (workspace_id=? AND contact_id=? AND direction=? AND created_at<?)',
    ]);
  });
});
