import type { Selectable } from 'kysely';

/** A workspace's Follow Up Boss account. */
export interface FubConnectionsTable {
  workspaceId: string;
  enabled: number;
  apiKeySealed: string;
  apiKeyHint: string;
  /** The `X-System` name registered with Follow Up Boss, and its `X-System-Key` (sealed). */
  systemName: string;
  systemKeySealed: string;
  webhookTokenHash: string;
  /** JSON: FubSettings (stage mapping, consent of leads that enter Follow Up Boss elsewhere). */
  settings: unknown;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

export type FubLinkKind = 'person' | 'appointment' | 'user';

/** Our id of a lead, appointment or agent, and Follow Up Boss's id of the same thing. */
export interface FubLinksTable {
  workspaceId: string;
  kind: FubLinkKind;
  localId: string;
  remoteId: string;
  createdAt: string;
}

export type FubConnectionRow = Selectable<FubConnectionsTable>;
export type FubLinkRow = Selectable<FubLinksTable>;
