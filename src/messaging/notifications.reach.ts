import type { AppContext } from '../http/context.js';
import { type AlertChannel, alertChannelsOf } from '../workspaces/users.alerts.js';
import { listUsers } from '../workspaces/users.repository.js';
import type { UserRow } from '../workspaces/workspaces.table.js';
import { findDefaultNumber } from './messaging.repository.js';
import { loadWorkspaceMessaging, type WorkspaceMessaging } from './messaging.settings.js';
import { usersWithWorkingPush } from './push.repository.js';

export type AlertProblem =
  | 'no_push_device'
  | 'no_sms_number'
  | 'no_agent_phone'
  | 'no_smtp'
  | 'nobody_alerted';

export interface AlertReach {
  /** Someone in the workspace is meant to be alerted (by the workspace default or their own choice). */
  alertsOn: boolean;
  /** An owner or admin can be reached: alerts about unassigned leads go to them. */
  deliverable: boolean;
  /** What to fix, each at most once, in the order an admin would fix them. */
  problems: Array<{ code: AlertProblem; message: string }>;
  /** Members with alerts on whom no channel reaches. */
  unreachable: Array<{ id: string; name: string }>;
}

const MESSAGES: Record<AlertProblem, string> = {
  nobody_alerted: 'Alerts are on, but nobody in the workspace has a channel that works.',
  no_push_device:
    'Nobody has turned on push alerts on a device: open Your account and choose "Turn on alerts on this device".',
  no_sms_number:
    'Text alerts need the workspace to send from a real number: add a Twilio number under Settings → Phone numbers.',
  no_agent_phone:
    'Nobody who gets text alerts has a mobile phone on file: add one under Settings → People or Your account.',
  no_smtp: 'Email alerts need the server to have SMTP_URL set (ask whoever runs Closing Cloud).',
};

/** The workspace default, as channels: the setting predates push and names only text and email. */
export function workspaceDefaultChannels(
  setting: WorkspaceMessaging['settings']['agentNotifications'],
): AlertChannel[] {
  if (setting === 'both') return ['sms', 'email'];
  return setting === 'none' ? [] : [setting];
}

export function channelsForUser(user: UserRow, workspace: WorkspaceMessaging): AlertChannel[] {
  return alertChannelsOf(user) ?? workspaceDefaultChannels(workspace.settings.agentNotifications);
}

/**
 * Whether the workspace's alerts about hot leads and handoffs can reach anyone: a user is reachable by
 * push with a subscription that last worked, by text with a phone and a real sending number, or by email
 * when SMTP is set. The in-app list always holds the note, but nobody is looking at it at 9 PM.
 */
export async function alertReach(ctx: AppContext, workspaceId: string): Promise<AlertReach> {
  const workspace = await loadWorkspaceMessaging(ctx.db, workspaceId);
  const team = (await listUsers(ctx.db, workspaceId)).filter((u) => !u.disabledAt && u.role !== null);
  const withPush = await usersWithWorkingPush(ctx.db, workspaceId);
  const smsNumber =
    ctx.sms.kind === 'twilio' && (await findDefaultNumber(ctx.db, workspaceId, 'twilio')) !== undefined;
  const smtp = Boolean(ctx.config.email.smtpUrl);

  const alerted = team.map((user) => ({ user, channels: channelsForUser(user, workspace) }));
  const on = alerted.filter((entry) => entry.channels.length > 0);
  const reachable = (entry: (typeof alerted)[number]) =>
    (entry.channels.includes('push') && withPush.has(entry.user.id)) ||
    (entry.channels.includes('sms') && entry.user.phone !== null && smsNumber) ||
    (entry.channels.includes('email') && smtp);
  const deliverable = on.some((entry) => entry.user.role !== 'agent' && reachable(entry));

  const codes = new Set<AlertProblem>();
  const wants = (channel: AlertChannel) => on.filter((entry) => entry.channels.includes(channel));
  if (wants('push').length > 0 && !wants('push').some((entry) => withPush.has(entry.user.id)))
    codes.add('no_push_device');
  if (wants('sms').length > 0) {
    if (!smsNumber) codes.add('no_sms_number');
    if (!wants('sms').some((entry) => entry.user.phone !== null)) codes.add('no_agent_phone');
  }
  if (wants('email').length > 0 && !smtp) codes.add('no_smtp');
  if (on.length > 0 && !deliverable && codes.size === 0) codes.add('nobody_alerted');

  return {
    alertsOn: on.length > 0,
    deliverable: on.length === 0 || deliverable,
    problems: [...codes].map((code) => ({ code, message: MESSAGES[code] })),
    unreachable: on
      .filter((entry) => !reachable(entry))
      .map(({ user }) => ({ id: user.id, name: user.name })),
  };
}

const cache = new WeakMap<AppContext, { at: number; count: number }>();
const READY_CACHE_MS = 60_000;

/** How many active workspaces have alerts that reach nobody, for /readyz; computed at most once a minute. */
export async function undeliverableWorkspaceCount(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now().getTime();
  const cached = cache.get(ctx);
  if (cached && now - cached.at < READY_CACHE_MS && now >= cached.at) return cached.count;
  const workspaces = await ctx.db
    .selectFrom('workspaces')
    .select('id')
    .where('status', '=', 'active')
    .execute();
  let count = 0;
  for (const { id } of workspaces) if (!(await alertReach(ctx, id)).deliverable) count += 1;
  cache.set(ctx, { at: now, count });
  return count;
}
