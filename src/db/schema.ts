/**
 * The whole database, as Kysely sees it. Each module defines its own tables in `<module>.table.ts`;
 * this interface only gathers them.
 *
 * Conventions, the same on SQLite and PostgreSQL:
 * - ids: UUIDv7 strings (`newId()` in platform/ids), time-ordered; columns of type `text`.
 * - timestamps: UTC. PostgreSQL stores `timestamptz`, SQLite `text`; both reach the code as ISO-8601
 *   strings with a `Z` (`2026-01-15T15:00:00.000Z`) thanks to the pg type parser in db/database.ts,
 *   and are written as `date.toISOString()`. Fixed width, so they compare as strings on SQLite.
 *   "Now" always comes from a Clock as a parameter, never from SQL's own clock.
 * - booleans: `integer` 0 or 1 on both (better-sqlite3 cannot bind JS booleans); `rowToX` turns them
 *   into booleans at the edge.
 * - JSON: `jsonb` on PostgreSQL, `text` on SQLite; written with `toJson()`, read with `fromJson()`.
 * - money: integer cents; names of columns in snake_case, of properties in camelCase (CamelCasePlugin).
 * - every workspace-owned table has `workspace_id` and every query on it filters by it.
 */

import type {
  WorkspaceTemplateApplicationsTable,
  WorkspaceTemplatesTable,
} from '../agency/templates.table.js';
import type { ConsentEventsTable, GateDecisionsTable, SuppressionsTable } from '../consent/consent.table.js';
import type { PossibleOptOutsTable } from '../consent/possible-opt-outs.table.js';
import type { SendCountersTable } from '../consent/send-counters.table.js';
import type { FaqsTable, ListingsTable } from '../conversations/knowledge/knowledge.table.js';
import type { ConversationTurnsTable } from '../conversations/turns.table.js';
import type { RequestThrottlesTable } from '../http/throttles.table.js';
import type { FubConnectionsTable, FubLinksTable } from '../integrations/fub/fub.table.js';
import type {
  WebhookAttemptsTable,
  WebhookDeliveriesTable,
  WebhookEndpointsTable,
} from '../integrations/outbound/webhooks.table.js';
import type {
  LeadSourcesTable,
  SourceLeadsTable,
  SourcePayloadsTable,
} from '../integrations/sources.table.js';
import type {
  BillingAccountsTable,
  BillingAlertsTable,
  StripeEventsTable,
} from '../jobs/billing-account.table.js';
import type { DomainEventsTable } from '../jobs/domain-events.js';
import type { JobsTable } from '../jobs/jobs.table.js';
import type { UsageDailyTable, UsageEventsTable, UsageReconciliationsTable } from '../jobs/usage.table.js';
import type { ContactsTable, ConversationsTable, InquiriesTable, LeadsTable } from '../leads/leads.table.js';
import type { LeadNotesTable } from '../leads/notes.table.js';
import type { A2pRegistrationsTable } from '../messaging/a2p/a2p.table.js';
import type {
  MessagesTable,
  NotificationsTable,
  PhoneNumbersTable,
  WebhookEventsTable,
} from '../messaging/messaging.table.js';
import type { NotificationReadsTable } from '../messaging/notifications.table.js';
import type { PushSubscriptionsTable } from '../messaging/push.table.js';
import type { TwilioAccountsTable } from '../messaging/twilio-accounts.table.js';
import type {
  PrivacyExportsTable,
  PrivacyRequestEventsTable,
  PrivacyRequestsTable,
} from '../privacy/privacy.table.js';
import type {
  CalendarConnectionsTable,
  CalendarEventsTable,
  CalendarInvitationsTable,
  CalendarOauthStatesTable,
} from '../scheduling/calendars/calendars.table.js';
import type {
  AgentAvailabilityTable,
  AppointmentClaimsTable,
  AppointmentsTable,
  AppointmentTypeAgentsTable,
  AppointmentTypesTable,
  BookingLinksTable,
} from '../scheduling/scheduling.table.js';
import type { CallAttemptsTable, CallsTable, CallTurnsTable } from '../voice/calls.table.js';
import type {
  ApiKeysTable,
  AuditLogTable,
  SessionsTable,
  UsersTable,
  WorkspacesTable,
} from '../workspaces/workspaces.table.js';

export interface Database {
  jobs: JobsTable;
  workspaces: WorkspacesTable;
  users: UsersTable;
  sessions: SessionsTable;
  apiKeys: ApiKeysTable;
  auditLog: AuditLogTable;
  contacts: ContactsTable;
  leads: LeadsTable;
  inquiries: InquiriesTable;
  conversations: ConversationsTable;
  consentEvents: ConsentEventsTable;
  suppressions: SuppressionsTable;
  gateDecisions: GateDecisionsTable;
  sendCounters: SendCountersTable;
  possibleOptOuts: PossibleOptOutsTable;
  messages: MessagesTable;
  webhookEvents: WebhookEventsTable;
  phoneNumbers: PhoneNumbersTable;
  twilioAccounts: TwilioAccountsTable;
  notifications: NotificationsTable;
  notificationReads: NotificationReadsTable;
  pushSubscriptions: PushSubscriptionsTable;
  appointmentTypes: AppointmentTypesTable;
  appointmentTypeAgents: AppointmentTypeAgentsTable;
  agentAvailability: AgentAvailabilityTable;
  appointments: AppointmentsTable;
  appointmentClaims: AppointmentClaimsTable;
  bookingLinks: BookingLinksTable;
  calendarConnections: CalendarConnectionsTable;
  calendarEvents: CalendarEventsTable;
  calendarInvitations: CalendarInvitationsTable;
  calendarOauthStates: CalendarOauthStatesTable;
  listings: ListingsTable;
  faqs: FaqsTable;
  conversationTurns: ConversationTurnsTable;
  leadNotes: LeadNotesTable;
  privacyRequests: PrivacyRequestsTable;
  privacyRequestEvents: PrivacyRequestEventsTable;
  privacyExports: PrivacyExportsTable;
  requestThrottles: RequestThrottlesTable;
  leadSources: LeadSourcesTable;
  sourcePayloads: SourcePayloadsTable;
  sourceLeads: SourceLeadsTable;
  calls: CallsTable;
  callTurns: CallTurnsTable;
  domainEvents: DomainEventsTable;
  webhookEndpoints: WebhookEndpointsTable;
  webhookDeliveries: WebhookDeliveriesTable;
  webhookAttempts: WebhookAttemptsTable;
  fubConnections: FubConnectionsTable;
  fubLinks: FubLinksTable;
  callAttempts: CallAttemptsTable;
  usageEvents: UsageEventsTable;
  usageDaily: UsageDailyTable;
  usageReconciliations: UsageReconciliationsTable;
  billingAccounts: BillingAccountsTable;
  billingAlerts: BillingAlertsTable;
  stripeEvents: StripeEventsTable;
  a2pRegistrations: A2pRegistrationsTable;
  workspaceTemplates: WorkspaceTemplatesTable;
  workspaceTemplateApplications: WorkspaceTemplateApplicationsTable;
}

export type Json = string | Record<string, unknown> | unknown[];

export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** PostgreSQL hands back parsed jsonb; SQLite hands back the text. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export const toBool = (value: boolean): number => (value ? 1 : 0);
export const fromBool = (value: number | boolean | null | undefined): boolean =>
  value === 1 || value === true;
