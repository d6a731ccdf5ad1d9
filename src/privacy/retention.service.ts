import { DateTime } from 'luxon';
import { fromJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { DAY } from '../platform/clock.js';
import { notFound } from '../platform/errors.js';
import { expireRecordings } from '../voice/recordings.service.js';
import { audit } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { patchSettingsSection } from '../workspaces/settings-section.service.js';
import { findWorkspace, listWorkspaces } from '../workspaces/workspaces.repository.js';
import { compactAfterErasure, erasePerson } from './erasure.service.js';
import { EXPORT_LINK_DAYS, purgeExpiredExports } from './export-files.js';
import { expireUnverifiedRequests } from './public-requests.service.js';
import {
  clearAuditAddresses,
  deleteCallTranscripts,
  deleteExpiredOauthStates,
  deleteExpiredSessions,
  deleteFinishedJobs,
  deleteNotifications,
  deleteUnclaimedWebhookReceipts,
  deleteWebhookReceipts,
  inBatches,
  listInactiveContacts,
  scrubInquiryMessages,
  scrubMessageBodies,
} from './retention.repository.js';
import {
  DEFAULT_RETENTION,
  type RetentionPatch,
  type RetentionResponse,
  type RetentionSettings,
  retentionSettingsSchema,
} from './retention.schema.js';
import { scrubSourcePayloads } from './source-payloads.privacy.js';
import { scrubWebhookDeliveries } from './webhook-deliveries.privacy.js';

const SYSTEM = { type: 'system', id: null } as const;
/** Erasure is heavier than a sweep (calendars, suppression, compaction): fewer at a time. */
const ERASURE_BATCH = 50;

export async function loadRetention(ctx: AppContext, workspaceId: string): Promise<RetentionSettings> {
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  const stored = fromJson<Record<string, unknown> | null>(workspace.settings)?.retention;
  const parsed = retentionSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
}

const withExports = (settings: RetentionSettings): RetentionResponse => ({
  ...settings,
  exportFileDays: EXPORT_LINK_DAYS,
});

export async function getRetention(ctx: AppContext, workspaceId: string): Promise<RetentionResponse> {
  return withExports(await loadRetention(ctx, workspaceId));
}

/** Changes the periods given, keeps the rest; audited as `settings.retention_changed`. */
export async function updateRetention(
  ctx: AppContext,
  props: { workspaceId: string; patch: RetentionPatch; by: Actor; ip?: string | undefined },
): Promise<RetentionResponse> {
  const settings = await patchSettingsSection(ctx, {
    ...props,
    section: 'retention',
    schema: retentionSettingsSchema,
    onInvalid: 'reject',
  });
  return withExports(settings);
}

/** What one workspace's sweep did, by kind of record. */
export interface RetentionCounts {
  messageBodies: number;
  inquiryMessages: number;
  callTranscripts: number;
  /** Call recordings deleted (the sealed file, and Twilio's copy when one remained). */
  recordings: number;
  /** Raw emails and webhook bodies of lead sources received before the message period. */
  sourcePayloads: number;
  /** Outbound webhook deliveries whose body and receiver's answers were emptied after the message period. */
  webhookDeliveries: number;
  leadsErased: number;
  jobs: number;
  webhookReceipts: number;
  notifications: number;
  sessions: number;
  oauthStates: number;
  auditAddresses: number;
}

/** Nothing swept yet: the start of a night's totals, and what a workspace with nothing left to do answers. */
export const noRetentionCounts = (): RetentionCounts => ({
  messageBodies: 0,
  inquiryMessages: 0,
  callTranscripts: 0,
  recordings: 0,
  sourcePayloads: 0,
  webhookDeliveries: 0,
  leadsErased: 0,
  jobs: 0,
  webhookReceipts: 0,
  notifications: 0,
  sessions: 0,
  oauthStates: 0,
  auditAddresses: 0,
});

export interface RetentionCutoffs {
  messages: string;
  inactiveLeads: string;
  diagnostics: string;
}

/** Months are calendar months in UTC: 24 months before 2026-03-31 is 2024-03-31. */
export function retentionCutoffs(settings: RetentionSettings, now: Date): RetentionCutoffs {
  const at = DateTime.fromJSDate(now, { zone: 'utc' });
  return {
    messages: at.minus({ months: settings.messagesMonths }).toJSDate().toISOString(),
    inactiveLeads: at.minus({ months: settings.inactiveLeadMonths }).toJSDate().toISOString(),
    diagnostics: new Date(now.getTime() - settings.diagnosticDays * DAY).toISOString(),
  };
}

/**
 * Applies the workspace's retention periods as of `now`: texts and inquiry notes of leads inactive past
 * the message period are emptied, leads inactive past their period are erased (contact and all, through
 * the same erasure a person's request uses), diagnostic records past theirs are deleted. Counting rows
 * (leads, messages, inquiries, appointments) stay, so analytics does not change. Running it twice does
 * nothing the second time.
 */
export async function applyRetention(
  ctx: AppContext,
  props: { workspaceId: string; now: Date },
): Promise<RetentionCounts> {
  const { workspaceId } = props;
  const cutoffs = retentionCutoffs(await loadRetention(ctx, workspaceId), props.now);
  const { db } = ctx;
  const sweep = (
    fn: (db: AppContext['db'], ws: string, cutoff: string, limit: number) => Promise<number>,
    cutoff: string,
  ) => inBatches((limit) => fn(db, workspaceId, cutoff, limit));

  const counts: RetentionCounts = {
    messageBodies: await sweep(scrubMessageBodies, cutoffs.messages),
    inquiryMessages: await sweep(scrubInquiryMessages, cutoffs.messages),
    callTranscripts: await sweep(deleteCallTranscripts, cutoffs.messages),
    recordings: await inBatches((limit) =>
      expireRecordings(ctx, { workspaceId, cutoff: cutoffs.messages, limit }),
    ),
    sourcePayloads: await sweep(scrubSourcePayloads, cutoffs.messages),
    webhookDeliveries: await sweep(scrubWebhookDeliveries, cutoffs.messages),
    leadsErased: await eraseInactiveLeads(ctx, workspaceId, cutoffs.inactiveLeads),
    jobs: await sweep(deleteFinishedJobs, cutoffs.diagnostics),
    webhookReceipts: await sweep(deleteWebhookReceipts, cutoffs.diagnostics),
    notifications: await sweep(deleteNotifications, cutoffs.diagnostics),
    sessions: await sweep(deleteExpiredSessions, cutoffs.diagnostics),
    oauthStates: await sweep(deleteExpiredOauthStates, cutoffs.diagnostics),
    auditAddresses: await sweep(clearAuditAddresses, cutoffs.diagnostics),
  };
  if (Object.values(counts).some((n) => n > 0)) {
    await audit(db, {
      workspaceId,
      actor: SYSTEM,
      action: 'privacy.retention_applied',
      target: { type: 'workspace', id: workspaceId },
      details: { ...counts, cutoffs },
      at: ctx.clock.now(),
    });
  }
  return counts;
}

async function eraseInactiveLeads(ctx: AppContext, workspaceId: string, cutoff: string): Promise<number> {
  const erased = new Set<string>();
  for (;;) {
    const contactIds = (await listInactiveContacts(ctx.db, workspaceId, cutoff, ERASURE_BATCH)).filter(
      (id) => !erased.has(id),
    );
    if (contactIds.length === 0) return erased.size;
    for (const contactId of contactIds) {
      // One compaction for the whole run (runRetention), not a VACUUM per person.
      await erasePerson(ctx, { workspaceId, contactId, actor: SYSTEM, compact: false });
      erased.add(contactId);
    }
  }
}

export interface RetentionRun {
  workspaces: number;
  totals: RetentionCounts;
  /** Webhook receipts that belong to no workspace, kept for the default diagnostic period. */
  unclaimedWebhookReceipts: number;
  exportFiles: number;
  /** Public requests whose code was never entered, closed with their identifier dropped. */
  unverifiedRequests: number;
  failed: string[];
}

/**
 * The nightly run: every workspace in turn, then export files past their link. A workspace that fails
 * does not stop the others; its id is reported and the job retries.
 */
export async function runRetention(ctx: AppContext): Promise<RetentionRun> {
  const now = ctx.clock.now();
  const totals = noRetentionCounts();
  const failed: string[] = [];
  const workspaces = await listWorkspaces(ctx.db);
  const log = ctx.logger.child({ category: 'privacy' });
  for (const workspace of workspaces) {
    try {
      const counts = await applyRetention(ctx, { workspaceId: workspace.id, now });
      for (const key of Object.keys(totals) as (keyof RetentionCounts)[]) totals[key] += counts[key];
    } catch (error) {
      failed.push(workspace.id);
      log.error({ workspaceId: workspace.id, err: error }, 'retention failed for a workspace');
    }
  }
  const unclaimedWebhookReceipts = await inBatches((limit) =>
    deleteUnclaimedWebhookReceipts(ctx.db, retentionCutoffs(DEFAULT_RETENTION, now).diagnostics, limit),
  );
  const exportFiles = await purgeExpiredExports({ db: ctx.db, now, dataDir: ctx.config.dataDir });
  const unverifiedRequests = await expireUnverifiedRequests({ db: ctx.db, now });
  // Erased and scrubbed rows leave their bytes in free pages until the file is rebuilt.
  if (
    totals.leadsErased > 0 ||
    totals.messageBodies > 0 ||
    totals.inquiryMessages > 0 ||
    totals.sourcePayloads > 0 ||
    totals.webhookDeliveries > 0
  ) {
    await compactAfterErasure(ctx);
  }
  return {
    workspaces: workspaces.length,
    totals,
    unclaimedWebhookReceipts,
    exportFiles,
    unverifiedRequests,
    failed,
  };
}
