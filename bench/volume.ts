import type { Kysely } from 'kysely';
import { addWorkspaceSends, hourOf } from '../src/consent/gate.counters.js';
import { openDatabase } from '../src/db/database.js';
import { type Database, toJson } from '../src/db/schema.js';
import { newId } from '../src/platform/ids.js';

const BATCH = 500;

/**
 * A workspace that has already sent `count` first texts today: as many contacts, leads, conversations and
 * sent automated messages, spread over the last 20 hours, with the workspace's send counters, written straight to
 * the SQLite file under `dataDir` before the service starts.
 */
export async function seedSentTexts(props: {
  dataDir: string;
  workspaceId: string;
  count: number;
  now: Date;
}): Promise<void> {
  const database = openDatabase({ dataDir: props.dataDir });
  try {
    await seedSentTextsIn(database.db, props);
  } finally {
    await database.destroy();
  }
}

/** The same rows as {@link seedSentTexts}, through an open handle of either dialect. */
export async function seedSentTextsIn(
  db: Kysely<Database>,
  props: { workspaceId: string; count: number; now: Date },
): Promise<void> {
  const spreadMs = 20 * 3600_000;
  for (let first = 0; first < props.count; first += BATCH) {
    const size = Math.min(BATCH, props.count - first);
    const rows = Array.from({ length: size }, (_, k) => {
      const n = first + k;
      const at = new Date(props.now.getTime() - spreadMs + Math.floor((n / props.count) * spreadMs));
      const iso = at.toISOString();
      const ids = {
        contact: newId(at.getTime()),
        lead: newId(at.getTime()),
        conversation: newId(at.getTime()),
      };
      return { n, iso, ids, phone: `+1555${String(n).padStart(7, '0')}` };
    });
    await db.transaction().execute(async (trx) => {
      const workspaceId = props.workspaceId;
      await trx
        .insertInto('contacts')
        .values(
          rows.map(({ ids, iso, phone, n }) => ({
            id: ids.contact,
            workspaceId,
            name: `Seeded Lead${n}`,
            firstName: 'Seeded',
            phone,
            phoneRaw: phone,
            phoneValid: 1,
            email: null,
            state: null,
            zip: null,
            timezone: null,
            restrictedAt: null,
            createdAt: iso,
            updatedAt: iso,
          })),
        )
        .execute();
      await trx
        .insertInto('leads')
        .values(
          rows.map(({ ids, iso }) => ({
            id: ids.lead,
            workspaceId,
            contactId: ids.contact,
            source: 'bench-seed',
            leadType: 'buyer' as const,
            stage: 'contacted' as const,
            score: 0,
            profile: toJson({}),
            tags: toJson([]),
            assignedUserId: null,
            receivedAt: iso,
            lastInquiryAt: iso,
            firstResponseQueuedAt: iso,
            firstResponseSentAt: iso,
            lastActivityAt: iso,
            createdAt: iso,
            updatedAt: iso,
          })),
        )
        .execute();
      await trx
        .insertInto('conversations')
        .values(
          rows.map(({ ids, iso }) => ({
            id: ids.conversation,
            workspaceId,
            leadId: ids.lead,
            contactId: ids.contact,
            channel: 'sms' as const,
            assistantPaused: 0,
            pausedReason: null,
            lastMessageAt: iso,
            createdAt: iso,
            updatedAt: iso,
          })),
        )
        .execute();
      await trx
        .insertInto('messages')
        .values(
          rows.map(({ ids, iso, phone }) => ({
            id: newId(Date.parse(iso)),
            workspaceId,
            leadId: ids.lead,
            contactId: ids.contact,
            conversationId: ids.conversation,
            direction: 'outbound' as const,
            author: 'assistant' as const,
            kind: 'first_response',
            purpose: 'conversational',
            body: 'Hi, this is the automated assistant. Is this weekend good for a showing?',
            toNumber: phone,
            fromNumber: null,
            status: 'sent' as const,
            provider: 'twilio',
            providerId: `SMseed${ids.lead}`,
            idempotencyKey: `bench-seed:${ids.lead}`,
            segments: 1,
            encoding: 'GSM-7',
            errorCode: null,
            errorMessage: null,
            gateReason: 'allowed',
            sendAfter: null,
            attempts: 1,
            createdAt: iso,
            updatedAt: iso,
            sentAt: iso,
            deliveredAt: null,
          })),
        )
        .execute();
      // The counters the workspace's daily cap reads, as the sends would have kept them.
      const perHour = new Map<string, number>();
      for (const { iso } of rows)
        perHour.set(hourOf(new Date(iso)), (perHour.get(hourOf(new Date(iso))) ?? 0) + 1);
      for (const [hour, count] of perHour) await addWorkspaceSends(trx, { workspaceId, hour, count });
    });
  }
}
