import twilio from 'twilio';
import { sql } from '../db/migration-helpers.js';
import type { AppContext } from '../http/context.js';
import type { UsageUnit } from '../jobs/usage.table.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import { loadWorkspaceTwilio } from '../messaging/provider-settings.service.js';
import { TwilioHttpClient } from '../messaging/providers/twilio-http-client.js';
import { newId } from '../platform/ids.js';

/** The units a provider can list for a day: text segments out and in, and MMS (one per message) out and in. */
const UNITS = [
  'sms_segment_out',
  'sms_segment_in',
  'mms_out',
  'mms_in',
] as const satisfies readonly UsageUnit[];
type Unit = (typeof UNITS)[number];

interface Account {
  accountSid: string;
  authToken: string;
  /** Null for the instance's account, which many workspaces share. */
  workspaceId: string | null;
}

export interface ReconciledDay {
  day: string;
  compared: { workspaceId: string; unit: Unit; ours: number; provider: number; difference: number }[];
}

/**
 * Compares, for one UTC day (Twilio lists by GMT day), the text segments and MMS we metered with the messages
 * Twilio lists for our numbers, per workspace: a row per workspace and unit, and a note to the admins when they
 * differ. Workspaces on the sandbox provider are not compared. Safe to run again for the same day.
 */
export async function reconcileUsageDay(ctx: AppContext, day: string): Promise<ReconciledDay> {
  const accounts = await twilioAccounts(ctx);
  const numbers = new Map(
    (await ctx.db.selectFrom('phoneNumbers').select(['number', 'workspaceId']).execute()).map((n) => [
      n.number,
      n.workspaceId,
    ]),
  );
  const provider = new Map<string, number>();
  const compared = new Set<string>();
  for (const account of accounts) {
    const client = twilio(account.accountSid, account.authToken, {
      httpClient: new TwilioHttpClient({ baseUrl: ctx.config.sms.twilioApiBaseUrl, timeoutMs: 30_000 }),
    });
    if (account.workspaceId) compared.add(account.workspaceId);
    // The whole GMT day, to its last second (Twilio's times have seconds).
    const messages = await client.messages.list({
      dateSentAfter: new Date(`${day}T00:00:00Z`),
      dateSentBefore: new Date(`${day}T23:59:59Z`),
      pageSize: 1000,
    });
    for (const message of messages) {
      const inbound = message.direction === 'inbound';
      const ours = inbound ? message.to : message.from;
      const workspaceId = account.workspaceId ?? (ours ? numbers.get(ours) : undefined);
      if (!workspaceId) continue;
      const { unit, quantity } = billedAs(message);
      const key = `${workspaceId}|${unit}`;
      provider.set(key, (provider.get(key) ?? 0) + quantity);
    }
  }
  if (accounts.some((a) => a.workspaceId === null)) {
    const own = new Set(accounts.flatMap((a) => (a.workspaceId ? [a.workspaceId] : [])));
    for (const w of await ctx.db.selectFrom('workspaces').select('id').execute()) {
      if (!own.has(w.id)) compared.add(w.id);
    }
  }

  const start = `${day}T00:00:00.000Z`;
  const end = new Date(Date.parse(start) + 86_400_000).toISOString();
  const oursRows = await ctx.db
    .selectFrom('usageEvents')
    .select(['workspaceId', 'unit', sql<number>`sum(quantity)`.as('quantity')])
    .where('unit', 'in', UNITS)
    .where('occurredAt', '>=', start)
    .where('occurredAt', '<', end)
    .groupBy(['workspaceId', 'unit'])
    .execute();
  const ours = new Map(oursRows.map((r) => [`${r.workspaceId}|${r.unit}`, Number(r.quantity)]));

  const at = ctx.clock.now().toISOString();
  const result: ReconciledDay = { day, compared: [] };
  for (const workspaceId of compared) {
    const differences: string[] = [];
    for (const unit of UNITS) {
      const key = `${workspaceId}|${unit}`;
      const row = {
        workspaceId,
        unit,
        ours: ours.get(key) ?? 0,
        provider: provider.get(key) ?? 0,
        difference: 0,
      };
      row.difference = row.provider - row.ours;
      if (row.ours === 0 && row.provider === 0) continue;
      result.compared.push(row);
      await ctx.db
        .insertInto('usageReconciliations')
        .values({ id: newId(), day, checkedAt: at, ...row })
        .onConflict((oc) =>
          oc.columns(['workspaceId', 'day', 'unit']).doUpdateSet({
            ours: row.ours,
            provider: row.provider,
            difference: row.difference,
            checkedAt: at,
          }),
        )
        .execute();
      if (row.difference !== 0) differences.push(`${unit}: ours ${row.ours}, Twilio ${row.provider}`);
    }
    if (differences.length > 0)
      await notifyTeam(ctx.db, ctx, {
        workspaceId,
        leadId: null,
        userId: null,
        kind: 'usage_mismatch',
        subject: `Text usage for ${day} differs from Twilio's records`,
        body: `Counted for ${day} (UTC): ${differences.join('; ')}.`,
      });
  }
  return result;
}

/** How Twilio bills a message it lists: one MMS when it carries media, whatever its text; else its segments. */
function billedAs(message: { direction: string; numMedia: string; numSegments: string }): {
  unit: Unit;
  quantity: number;
} {
  const inbound = message.direction === 'inbound';
  if (Number(message.numMedia) > 0) return { unit: inbound ? 'mms_in' : 'mms_out', quantity: 1 };
  return {
    unit: inbound ? 'sms_segment_in' : 'sms_segment_out',
    quantity: Math.max(1, Number(message.numSegments) || 1),
  };
}

async function twilioAccounts(ctx: AppContext): Promise<Account[]> {
  const accounts: Account[] = [];
  const { provider, twilioAccountSid, twilioAuthToken } = ctx.config.sms;
  if (provider === 'twilio' && twilioAccountSid && twilioAuthToken)
    accounts.push({ accountSid: twilioAccountSid, authToken: twilioAuthToken, workspaceId: null });
  for (const w of await ctx.db.selectFrom('workspaces').select('id').execute()) {
    const own = await loadWorkspaceTwilio(ctx, w.id);
    if (own) accounts.push({ accountSid: own.accountSid, authToken: own.authToken, workspaceId: w.id });
  }
  return accounts;
}
