import type { Selectable } from 'kysely';

/**
 * The workspace's automated texts handed to the provider, per hour (`hour` is the UTC hour, `2026-01-15T15`):
 * what the workspace's daily cap reads instead of counting messages. Kept in the transaction that claims a send.
 */
export interface SendCountersTable {
  workspaceId: string;
  hour: string;
  count: number;
}

export type SendCounterRow = Selectable<SendCountersTable>;
