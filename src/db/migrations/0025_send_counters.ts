import { type Kysely, sql } from 'kysely';

/**
 * The workspace's daily cap read a COUNT(*) over the day's texts twice a lead, which grew with the volume.
 * Counters per workspace and hour replace it; the texts already sent in the last 25 hours are counted in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('send_counters')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('send_counters_pk', ['workspace_id', 'hour'])
    .execute();

  const since = new Date(Date.now() - 25 * 3600_000);
  const { rows } = await sql<{ workspace_id: string; sent_at: string | Date }>`
    select workspace_id, sent_at from messages
    where direction = 'outbound' and author in ('assistant', 'system')
      and status in ('sending', 'sent', 'delivered', 'undelivered') and sent_at >= ${since.toISOString()}`.execute(
    db,
  );
  const counts = new Map<string, { workspaceId: string; hour: string; count: number }>();
  for (const row of rows) {
    const hour = new Date(row.sent_at).toISOString().slice(0, 13);
    const key = `${row.workspace_id}|${hour}`;
    const entry = counts.get(key) ?? { workspaceId: row.workspace_id, hour, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  for (const { workspaceId, hour, count } of counts.values())
    await sql`insert into send_counters (workspace_id, hour, count) values (${workspaceId}, ${hour}, ${count})`.execute(
      db,
    );
  // Nothing counts messages for the cap any more; the index only cost a write on every send.
  await db.schema.dropIndex('messages_workspace_sent_idx').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('messages_workspace_sent_idx')
    .on('messages')
    .columns(['workspace_id', 'sent_at'])
    .where(
      sql<boolean>`direction = 'outbound' and author in ('assistant', 'system') and status in ('sending', 'sent', 'delivered', 'undelivered')`,
    )
    .execute();
  await db.schema.dropTable('send_counters').execute();
}
