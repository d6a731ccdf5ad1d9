import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import { recordEvent } from '../jobs/domain-events.js';
import { newId } from '../platform/ids.js';
import { insertConsentEvent, latestConsentEvents } from './consent.repository.js';
import type {
  ConsentAction,
  ConsentChannel,
  ConsentEventRow,
  ConsentPurpose,
  ConsentSource,
} from './consent.table.js';

export type ConsentStatus = 'granted' | 'revoked' | 'none';

export interface RecordConsentProps {
  workspaceId: string;
  contactId: string;
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  action: ConsentAction;
  source: ConsentSource;
  evidence: Record<string, unknown>;
  at: Date;
}

/** Appends to the ledger; nothing in it is ever updated. */
export async function recordConsent(db: DbOrTrx, props: RecordConsentProps): Promise<void> {
  await insertConsentEvent(db, {
    id: newId(props.at.getTime()),
    workspaceId: props.workspaceId,
    contactId: props.contactId,
    channel: props.channel,
    purpose: props.purpose,
    action: props.action,
    source: props.source,
    evidence: toJson(props.evidence),
    createdAt: props.at.toISOString(),
  });
}

/** A revocation covers every purpose on the channel: "stop" means stop, whatever we meant to send. */
export async function revokeChannel(
  db: DbOrTrx,
  props: Omit<RecordConsentProps, 'purpose' | 'action'>,
): Promise<void> {
  for (const purpose of ['conversational', 'marketing'] as const) {
    await recordConsent(db, { ...props, purpose, action: 'revoked' });
  }
  await recordEvent(db, {
    workspaceId: props.workspaceId,
    type: 'consent.revoked',
    contactId: props.contactId,
    data: { channel: props.channel, source: props.source },
    at: props.at.toISOString(),
  });
}

export interface ChannelConsent {
  status: ConsentStatus;
  /** The ledger row the status rests on. */
  since: string | null;
  source: ConsentSource | null;
}

/** The latest row for the purpose decides; marketing consent implies conversational, not the reverse. */
export function deriveConsent(events: ConsentEventRow[], purpose: ConsentPurpose): ChannelConsent {
  const newestFirst = [...events].sort((a, b) =>
    a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt),
  );
  const relevant = newestFirst.find(
    (event) =>
      event.purpose === purpose ||
      (purpose === 'conversational' && event.purpose === 'marketing' && event.action === 'granted'),
  );
  if (!relevant) return { status: 'none', since: null, source: null };
  return { status: relevant.action, since: relevant.createdAt, source: relevant.source };
}

export async function currentConsent(
  db: DbOrTrx,
  props: { workspaceId: string; contactId: string; channel: ConsentChannel; purpose: ConsentPurpose },
): Promise<ChannelConsent> {
  const events = await latestConsentEvents(db, props.workspaceId, props.contactId, props.channel);
  return deriveConsent(events, props.purpose);
}

/** The newest grant on the channel, of any purpose: the one a revocation now would end. */
export async function latestGrant(
  db: DbOrTrx,
  props: { workspaceId: string; contactId: string; channel: ConsentChannel },
): Promise<ConsentEventRow | undefined> {
  const events = await latestConsentEvents(db, props.workspaceId, props.contactId, props.channel);
  return events.find((event) => event.action === 'granted');
}

export async function isOptedOut(
  db: DbOrTrx,
  props: { workspaceId: string; contactId: string; channel: ConsentChannel },
): Promise<boolean> {
  const consent = await currentConsent(db, { ...props, purpose: 'conversational' });
  return consent.status === 'revoked';
}
