import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.js';
import type { NewMessageRow } from '../messaging/messaging.table.js';
import { newId } from '../platform/ids.js';
import { createMigrator, migrateToLatest } from './migrate.js';
import { toJson } from './schema.js';
import { isUniqueViolation } from './unique-violation.js';

const AT = '2026-01-15T16:00:00.000Z';

/**
 * Before 0014, reconciling an unknown send could credit one text to two messages. The migration keeps the
 * id on the earlier message, clears it on the later one and flags that one for a person, then makes
 * (provider, provider_id) unique.
 */
describe('migration 0014: one provider id, one message', () => {
  let database: TestDatabase;
  const workspaceId = newId();
  const ids = { first: newId(), second: newId(), other: newId(), unsent: newId(), alsoUnsent: newId() };

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    const before = await createMigrator(database.db).migrateTo('0013_request_throttles');
    if (before.error) throw before.error;
    const db = database.db;
    const contactId = newId();
    const leadId = newId();
    const conversationId = newId();
    await db
      .insertInto('workspaces')
      .values({
        id: workspaceId,
        slug: `ws-${workspaceId.slice(-8)}`,
        name: 'Duplicate Realty',
        status: 'active',
        timezone: 'America/Chicago',
        defaultRegion: 'US',
        settings: toJson({}),
        createdAt: AT,
        updatedAt: AT,
      })
      .execute();
    await db
      .insertInto('contacts')
      .values({
        id: contactId,
        workspaceId,
        phone: '+15125550177',
        phoneValid: 1,
        createdAt: AT,
        updatedAt: AT,
      })
      .execute();
    await db
      .insertInto('leads')
      .values({
        id: leadId,
        workspaceId,
        contactId,
        source: 'api',
        stage: 'new',
        score: 0,
        profile: toJson({}),
        tags: toJson([]),
        receivedAt: AT,
        lastInquiryAt: AT,
        lastActivityAt: AT,
        createdAt: AT,
        updatedAt: AT,
      })
      .execute();
    await db
      .insertInto('conversations')
      .values({
        id: conversationId,
        workspaceId,
        leadId,
        contactId,
        channel: 'sms',
        assistantPaused: 0,
        createdAt: AT,
        updatedAt: AT,
      })
      .execute();
    const message = (id: string, providerId: string | null, createdAt: string): NewMessageRow => ({
      id,
      workspaceId,
      leadId,
      contactId,
      conversationId,
      direction: 'outbound',
      author: 'agent',
      kind: 'manual',
      purpose: 'conversational',
      body: 'See you at 3 at 12 Oak St.',
      toNumber: '+15125550177',
      fromNumber: '+15125550100',
      status: providerId ? 'sent' : 'failed',
      provider: 'twilio',
      providerId,
      idempotencyKey: `key-${id}`,
      encoding: 'GSM-7',
      segments: 1,
      attempts: 1,
      createdAt,
      updatedAt: createdAt,
    });
    await db
      .insertInto('messages')
      .values([
        message(ids.second, 'SMshared', '2026-01-15T16:00:04.000Z'),
        message(ids.first, 'SMshared', '2026-01-15T16:00:00.000Z'),
        message(ids.other, 'SMother', '2026-01-15T16:00:08.000Z'),
        message(ids.unsent, null, '2026-01-15T16:00:09.000Z'),
        message(ids.alsoUnsent, null, '2026-01-15T16:00:10.000Z'),
      ])
      .execute();
    const outcome = await migrateToLatest(database.db);
    if (outcome.error) throw outcome.error;
  });
  afterAll(() => database.cleanup());

  const row = (id: string) =>
    database.db
      .selectFrom('messages')
      .select(['providerId', 'reviewReason', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('keeps the id on the earlier message and flags the later one', async () => {
    expect(await row(ids.first)).toEqual({ providerId: 'SMshared', reviewReason: null, status: 'sent' });
    expect(await row(ids.second)).toEqual({
      providerId: null,
      reviewReason: 'duplicate_provider_id',
      status: 'sent',
    });
    expect(await row(ids.other)).toEqual({ providerId: 'SMother', reviewReason: null, status: 'sent' });
    expect(await row(ids.unsent)).toMatchObject({ providerId: null, reviewReason: null });
  });

  it('refuses a second message with the same provider id, and lets any number have none', async () => {
    const error = await database.db
      .updateTable('messages')
      .set({ providerId: 'SMother' })
      .where('id', '=', ids.first)
      .execute()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isUniqueViolation(error)).toBe(true);
    await database.db
      .updateTable('messages')
      .set({ providerId: null })
      .where('id', 'in', [ids.unsent, ids.alsoUnsent])
      .execute();
  });
});
