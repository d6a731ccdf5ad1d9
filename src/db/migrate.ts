import { type Kysely, type Migration, type MigrationResult, Migrator } from 'kysely';
import * as foundation from './migrations/0001_foundation.js';
import * as leadsMessaging from './migrations/0002_leads_messaging.js';
import * as workspaceSendIndex from './migrations/0003_workspace_send_index.js';
import * as scheduling from './migrations/0004_scheduling.js';
import * as calendars from './migrations/0005_calendars.js';
import * as conversations from './migrations/0006_conversations.js';
import * as leadAssignmentIndex from './migrations/0007_lead_assignment_index.js';
import * as privacy from './migrations/0008_privacy.js';
import * as retention from './migrations/0009_retention.js';
import * as dashboard from './migrations/0010_dashboard.js';
import * as twilioAccountOwners from './migrations/0011_twilio_account_owners.js';
import * as optOutConfirmations from './migrations/0012_opt_out_confirmations.js';
import * as requestThrottles from './migrations/0013_request_throttles.js';
import * as sendReconciliation from './migrations/0014_send_reconciliation.js';
import * as possibleOptOuts from './migrations/0015_possible_opt_outs.js';
import * as agentAlerts from './migrations/0016_agent_alerts.js';
import * as listingDetails from './migrations/0017_listing_details.js';
import * as calls from './migrations/0018_calls.js';
import * as leadSources from './migrations/0019_lead_sources.js';
import * as outboundCalls from './migrations/0020_outbound_calls.js';
import * as outboundWebhooksFub from './migrations/0021_outbound_webhooks_fub.js';
import * as usageMetering from './migrations/0022_usage_metering.js';
import * as callEventsIndex from './migrations/0023_call_events_index.js';
import * as jobClaimIndex from './migrations/0024_job_claim_index.js';
import * as sendCounters from './migrations/0025_send_counters.js';
import * as billing from './migrations/0030_billing.js';
import * as workspaceTemplates from './migrations/0040_workspace_templates.js';
import * as a2pRegistrations from './migrations/0041_a2p_registrations.js';
import * as jobClaimWorkspace from './migrations/0042_job_claim_workspace.js';
import * as jobReadyWorkspaceIndex from './migrations/0043_job_ready_workspace_index.js';
import * as jobPriority from './migrations/0044_job_priority.js';
import * as contactInboundIndex from './migrations/0045_contact_inbound_index.js';

/** Every migration, in order. Listed here (not read from disk) so the same set runs from source and from dist. */
const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_leads_messaging': leadsMessaging,
  '0003_workspace_send_index': workspaceSendIndex,
  '0004_scheduling': scheduling,
  '0005_calendars': calendars,
  '0006_conversations': conversations,
  '0007_lead_assignment_index': leadAssignmentIndex,
  '0008_privacy': privacy,
  '0009_retention': retention,
  '0010_dashboard': dashboard,
  '0011_twilio_account_owners': twilioAccountOwners,
  '0012_opt_out_confirmations': optOutConfirmations,
  '0013_request_throttles': requestThrottles,
  '0014_send_reconciliation': sendReconciliation,
  '0015_possible_opt_outs': possibleOptOuts,
  '0016_agent_alerts': agentAlerts,
  '0017_listing_details': listingDetails,
  '0018_calls': calls,
  '0019_lead_sources': leadSources,
  '0020_outbound_calls': outboundCalls,
  '0021_outbound_webhooks_fub': outboundWebhooksFub,
  '0022_usage_metering': usageMetering,
  '0023_call_events_index': callEventsIndex,
  '0024_job_claim_index': jobClaimIndex,
  '0025_send_counters': sendCounters,
  '0030_billing': billing,
  '0040_workspace_templates': workspaceTemplates,
  '0041_a2p_registrations': a2pRegistrations,
  '0042_job_claim_workspace': jobClaimWorkspace,
  '0043_job_ready_workspace_index': jobReadyWorkspaceIndex,
  '0044_job_priority': jobPriority,
  '0045_contact_inbound_index': contactInboundIndex,
};

export function createMigrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({
    // Migrations see the schema as it was when they were written, not as the code types it now.
    db: db as unknown as Kysely<unknown>,
    provider: { getMigrations: async () => migrations },
  });
}

export interface MigrateOutcome {
  applied: string[];
  error?: unknown;
}

export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrateOutcome> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  const applied = (results ?? [])
    .filter((r: MigrationResult) => r.status === 'Success')
    .map((r: MigrationResult) => r.migrationName);
  return error === undefined ? { applied } : { applied, error };
}

/** True when every known migration has been applied (for /readyz). */
export async function migrationsApplied<DB>(db: Kysely<DB>): Promise<boolean> {
  const known = await createMigrator(db).getMigrations();
  return known.every((m) => m.executedAt !== undefined);
}

export const latestMigration = Object.keys(migrations).at(-1);
