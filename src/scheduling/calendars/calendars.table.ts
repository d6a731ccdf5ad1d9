import type { Insertable, Selectable } from 'kysely';

export type ConnectionKind = 'ics' | 'caldav' | 'google';
/** `error`: the calendar refused our credentials (revoked consent, changed password); reconnect to fix. */
export type ConnectionStatus = 'active' | 'error';

/** A calendar an agent connected: their private ICS feed, a CalDAV collection, or a Google calendar. */
export interface CalendarConnectionsTable {
  id: string;
  workspaceId: string;
  /** The agent whose calendar this is. */
  userId: string;
  kind: ConnectionKind;
  label: string;
  /** JSON, never secret: CalDAV server and calendar URLs and user name; Google's calendar id. */
  settings: unknown;
  /** A JSON object sealed with `encryptSecret(APP_SECRET, …)`: the CalDAV password, the Google tokens. */
  credentials: string | null;
  /** sha256 of the ICS feed's URL token; the token itself is shown once, when issued. */
  feedTokenHash: string | null;
  status: ConnectionStatus;
  /** A code such as `caldav:401`, never a message that could carry personal data. */
  lastError: string | null;
  lastSyncedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export type CalendarEventStatus = 'active' | 'deleted';

/** Where an appointment was written in one connected calendar, and which version of it. */
export interface CalendarEventsTable {
  id: string;
  workspaceId: string;
  connectionId: string;
  appointmentId: string;
  /** The CalDAV object URL or the Google event id. */
  externalId: string;
  etag: string | null;
  /** The appointment's SEQUENCE last written; an older push never overwrites a newer one. */
  sequence: number;
  status: CalendarEventStatus;
  startAt: string;
  endAt: string;
  syncedAt: string;
}

/** The last invitation email sent for an appointment to one recipient (REQUEST or CANCEL, at which SEQUENCE). */
export interface CalendarInvitationsTable {
  appointmentId: string;
  /** `lead`, or `agent:<user id>`. */
  recipient: string;
  workspaceId: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  sentAt: string;
}

/** A Google consent in flight; the row is consumed by the callback. */
export interface CalendarOauthStatesTable {
  /** sha256 of the `state` parameter. */
  id: string;
  workspaceId: string;
  userId: string;
  requestedBy: string | null;
  /** The PKCE verifier, sealed like every other secret. */
  codeVerifier: string;
  expiresAt: string;
  createdAt: string;
}

export type CalendarConnectionRow = Selectable<CalendarConnectionsTable>;
export type NewCalendarConnectionRow = Insertable<CalendarConnectionsTable>;
export type CalendarEventRow = Selectable<CalendarEventsTable>;
export type CalendarInvitationRow = Selectable<CalendarInvitationsTable>;
export type CalendarOauthStateRow = Selectable<CalendarOauthStatesTable>;
