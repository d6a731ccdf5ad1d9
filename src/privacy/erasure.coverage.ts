/**
 * Every table in the database, and what erasing one person does to it. A test compares this list with
 * the migrated schema: a new table fails it until someone decides here how erasure treats it.
 *
 * - `scrubbed`: rows stay (they feed counts and speed-to-lead) with every personal field emptied.
 * - `deleted`: the person's rows are removed.
 * - `none`: the table holds nothing about a lead or contact (say why).
 */
export type ErasureTreatment = 'scrubbed' | 'deleted' | 'none';

export const ERASURE_COVERAGE: Record<string, { treatment: ErasureTreatment; how: string }> = {
  contacts: { treatment: 'scrubbed', how: 'name, phone, email, address fields emptied; restricted for good' },
  leads: { treatment: 'scrubbed', how: 'profile emptied, tagged erased; source, stage and timings kept' },
  inquiries: { treatment: 'scrubbed', how: 'message and property emptied' },
  conversations: { treatment: 'scrubbed', how: 'paused reason emptied' },
  messages: {
    treatment: 'scrubbed',
    how: 'bodies, numbers, provider ids and errors emptied; unsent ones blocked',
  },
  consent_events: { treatment: 'deleted', how: 'the ledger rows and their evidence' },
  gate_decisions: { treatment: 'deleted', how: 'per-contact decisions' },
  possible_opt_outs: {
    treatment: 'scrubbed',
    how: 'trigger words (the person’s own) emptied, standing flags ended; who decided what, and when, kept',
  },
  suppressions: { treatment: 'none', how: 'keyed hashes only; erasure adds the phone and email here' },
  notifications: { treatment: 'deleted', how: "the team's notes about the lead, by lead and by text" },
  appointments: { treatment: 'scrubbed', how: 'notes and location emptied; future ones cancelled' },
  appointment_claims: { treatment: 'deleted', how: "frees the agent's time" },
  booking_links: { treatment: 'deleted', how: "the lead's links" },
  calendar_events: { treatment: 'deleted', how: 'after the events are deleted from CalDAV and Google' },
  calendar_invitations: { treatment: 'deleted', how: 'which invitation versions were mailed' },
  conversation_turns: { treatment: 'none', how: 'engine decisions: statuses, codes, timings, token counts' },
  lead_notes: { treatment: 'deleted', how: 'deleteNotesForLeads' },
  audit_log: { treatment: 'scrubbed', how: 'details of rows about the person emptied; who and when kept' },
  jobs: { treatment: 'deleted', how: "jobs whose payload names the person or their rows' ids" },
  webhook_events: { treatment: 'deleted', how: "receipts keyed by the provider ids of the person's texts" },
  privacy_requests: { treatment: 'scrubbed', how: 'sealed identifier, note, code and ticket emptied' },
  privacy_request_events: { treatment: 'none', how: 'actions, codes and ids only' },
  privacy_exports: { treatment: 'deleted', how: 'files removed from disk, rows marked purged' },
  workspaces: { treatment: 'none', how: 'the tenant' },
  users: { treatment: 'none', how: 'the team, not leads' },
  sessions: { treatment: 'none', how: "the team's sign-ins" },
  push_subscriptions: { treatment: 'none', how: "the team's browsers that receive alerts" },
  notification_reads: {
    treatment: 'none',
    how: 'which note a team member opened, by ids and time; deleted with the note',
  },
  api_keys: { treatment: 'none', how: 'hashed keys' },
  phone_numbers: { treatment: 'none', how: "the workspace's own numbers" },
  twilio_accounts: { treatment: 'none', how: 'which workspaces may use a Twilio account' },
  request_throttles: {
    treatment: 'none',
    how: 'keyed HMACs of sign-in emails and client addresses with counters; expire on their own',
  },
  appointment_types: { treatment: 'none', how: 'configuration' },
  appointment_type_agents: { treatment: 'none', how: 'configuration' },
  agent_availability: { treatment: 'none', how: "agents' hours" },
  calendar_connections: { treatment: 'none', how: "agents' calendars" },
  calendar_oauth_states: { treatment: 'none', how: "agents' consent in flight" },
  listings: { treatment: 'none', how: 'property listings' },
  faqs: { treatment: 'none', how: 'the knowledge base' },
  calls: {
    treatment: 'scrubbed',
    how: "numbers, the relay's memory, transfer and recording references emptied; times and outcome kept",
  },
  call_turns: { treatment: 'deleted', how: 'the transcript: what the caller and the assistant said' },
  call_attempts: { treatment: 'deleted', how: 'calls asked for: why each was held or refused, and by whom' },
  lead_sources: { treatment: 'none', how: 'configuration; secrets hashed or sealed' },
  source_payloads: {
    treatment: 'deleted',
    how: 'what sources sent about the person: the payloads of their leads and any that names them',
  },
  source_leads: {
    treatment: 'none',
    how: "the source's lead ids and ours; a source's retry meets the erased shell, not a new person",
  },
  domain_events: { treatment: 'none', how: 'event types, ids and stages only' },
  webhook_endpoints: { treatment: 'none', how: 'configuration; secrets sealed' },
  webhook_deliveries: {
    treatment: 'deleted',
    how: "the deliveries about the person's leads, and any whose body names them",
  },
  webhook_attempts: { treatment: 'deleted', how: 'with their delivery (the receiver may echo the body)' },
  fub_connections: { treatment: 'none', how: 'configuration; keys sealed' },
  fub_links: { treatment: 'none', how: "our ids and Follow Up Boss's; the person there is theirs to erase" },
  usage_events: {
    treatment: 'none',
    how: 'billable units: counts, prices and our own row ids, no personal data',
  },
  usage_daily: { treatment: 'none', how: 'daily totals per unit' },
  usage_reconciliations: { treatment: 'none', how: "daily counts, ours and the provider's" },
  send_counters: { treatment: 'none', how: "the workspace's texts sent per hour, counts only" },
  billing_accounts: { treatment: 'none', how: "the workspace's plan or wallet and Stripe ids" },
  billing_alerts: { treatment: 'none', how: 'which limit alerts a workspace got, per month' },
  stripe_events: { treatment: 'none', how: "Stripe's event ids and types, handled once" },
  a2p_registrations: {
    treatment: 'none',
    how: "the business's A2P brand (EIN sealed) and Twilio ids; the only person is the team's contact for it, not a lead",
  },
  workspace_templates: {
    treatment: 'none',
    how: "the operator's copies of workspace configuration: no lead, contact, message, secret or user",
  },
  workspace_template_applications: {
    treatment: 'none',
    how: 'which template version a workspace last got, and the configuration it set',
  },
  kysely_migration: { treatment: 'none', how: 'migration bookkeeping' },
  kysely_migration_lock: { treatment: 'none', how: 'migration bookkeeping' },
};

/** Columns never written into a workspace export: secrets and hashes that would only help an attacker. */
export const SECRET_COLUMNS = new Set([
  'password_hash',
  'key_hash',
  'credentials',
  'feed_token_hash',
  'code_verifier',
  'token_hash',
  'csrf_token',
  'hash_salt',
  'code_hash',
  'ticket_hash',
  'identifier_sealed',
  'note_sealed',
  // A push endpoint is a capability URL and its keys encrypt for one browser.
  'endpoint',
  'key_p256dh',
  'key_auth',
  // Lead sources: Meta's verify token hash, and the sealed app secret and page token.
  'verify_token_hash',
  'secrets_sealed',
  // A2P brands: the EIN, sealed (the workspace's admins entered it; nobody reads it back).
  'ein_sealed',
]);

/** Tables left out of a workspace export altogether. */
export const UNEXPORTED_TABLES = new Set([
  'sessions',
  'calendar_oauth_states',
  'kysely_migration',
  'kysely_migration_lock',
]);
