import type { Selectable } from 'kysely';

/** A browser that allowed Web Push for one user (see push.service.ts). */
export interface PushSubscriptionsTable {
  id: string;
  workspaceId: string;
  userId: string;
  endpoint: string;
  keyP256dh: string;
  keyAuth: string;
  createdAt: string;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  /** A code (`push:403`, `push:unreachable`), never the endpoint. */
  lastError: string | null;
}

export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;
