import type { Kysely } from 'kysely';
import { columnTypes, sql } from '../migration-helpers.js';

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;

/**
 * Who may use a Twilio account as their own (see messaging/twilio-accounts.table.ts). Existing settings
 * are carried over: where several workspaces name the same account, the oldest workspace keeps it and
 * the others hold nothing until an operator links them (their webhooks are refused meanwhile), because
 * nothing tells a legitimate shared account from a copied SID.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('twilio_accounts')
    .addColumn('account_sid', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('linked_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('twilio_accounts_pk', ['account_sid', 'workspace_id'])
    .execute();
  // One claim per account, whoever saves it first; operator links are the only way to share one.
  await db.schema
    .createIndex('twilio_accounts_claim_uq')
    .on('twilio_accounts')
    .column('account_sid')
    .unique()
    .where(sql.ref('linked_by'), 'is', null)
    .execute();
  await db.schema
    .createIndex('twilio_accounts_workspace_idx')
    .on('twilio_accounts')
    .column('workspace_id')
    .execute();

  const workspaces = await sql<{ id: string; settings: unknown; created_at: unknown }>`
    select id, settings, created_at from workspaces order by created_at asc, id asc`.execute(db);
  const claimed = new Set<string>();
  const now = new Date().toISOString();
  for (const row of workspaces.rows) {
    const accountSid = accountSidOf(row.settings);
    if (!accountSid || claimed.has(accountSid)) continue;
    claimed.add(accountSid);
    await sql`insert into twilio_accounts (account_sid, workspace_id, linked_by, created_at)
      values (${accountSid}, ${row.id}, ${null}, ${now})`.execute(db);
  }
}

function accountSidOf(settings: unknown): string | undefined {
  let parsed: unknown = settings;
  if (typeof settings === 'string') {
    try {
      parsed = JSON.parse(settings);
    } catch {
      return undefined;
    }
  }
  const section = (parsed as { smsProvider?: { accountSid?: unknown; authTokenSealed?: unknown } } | null)
    ?.smsProvider;
  const sid = section?.accountSid;
  return typeof sid === 'string' && ACCOUNT_SID.test(sid) && section?.authTokenSealed ? sid : undefined;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('twilio_accounts').execute();
}
