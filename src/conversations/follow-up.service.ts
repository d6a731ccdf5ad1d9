import { isOptedOut } from '../consent/consent.service.js';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import { findContact, findConversationByLead, findLead, updateLead } from '../leads/leads.repository.js';
import type { LeadStage } from '../leads/leads.table.js';
import { findMessage, listRecentMessages } from '../messaging/messaging.repository.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { findUser } from '../workspaces/users.repository.js';
import { type ConversationSettings, loadConversationSettings } from './conversation.settings.js';
import { followUpJob } from './follow-up.job.js';
import { followUpDueAt, followUpText, isNurture, latestDueStep } from './follow-ups.js';
import { factsOf, readProfile } from './profile.js';
import { listTurns } from './turns.repository.js';

/** Stages in which nobody should be chased: a person has it, a meeting is set, or the lead said no. */
const SETTLED: readonly LeadStage[] = ['handed_off', 'appointment', 'opted_out', 'lost'];
/** Texts after the anchor that start a newer quiet spell (with its own follow-ups) or mean a person took over. */
const NEWER_CONVERSATION = new Set(['reply', 'first_response', 'manual']);
/** Gate reasons that will not change by waiting: the sequence ends rather than queue more blocked texts. */
const FINAL_BLOCKS = new Set([
  'no_consent',
  'no_marketing_consent',
  'opted_out',
  'do_not_contact',
  'restricted',
  'invalid_phone',
]);

/** Queues follow-up `step` after the anchor, inside the caller's transaction; once per anchor and step. */
export async function scheduleFollowUp(
  trx: DbOrTrx,
  ctx: AppContext,
  props: {
    workspaceId: string;
    leadId: string;
    anchorMessageId: string;
    anchorAt: Date;
    step: number;
    settings?: ConversationSettings;
  },
): Promise<void> {
  const settings = props.settings ?? (await loadConversationSettings(trx, props.workspaceId));
  const runAt = followUpDueAt(props.anchorAt, props.step, settings.followUps);
  if (!runAt) return;
  await enqueue(
    trx,
    followUpJob.job(
      {
        workspaceId: props.workspaceId,
        leadId: props.leadId,
        anchorMessageId: props.anchorMessageId,
        step: props.step,
      },
      { runAt, uniqueKey: `conversations.follow-up:${props.anchorMessageId}:${props.step}` },
    ),
    ctx.clock,
  );
}

export type FollowUpOutcome = 'sent' | 'stopped';

/**
 * A follow-up falls due: checked again now, since a lot can happen in a week. It goes out only if the
 * lead has not written since the anchor, nothing newer was said to them, the assistant is not paused
 * and the lead is not settled; then the next one is queued.
 */
export async function sendFollowUp(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; anchorMessageId: string; step: number },
): Promise<FollowUpOutcome> {
  const { workspaceId } = props;
  const workspace = await loadWorkspaceMessaging(ctx.db, workspaceId);
  return ctx.db.transaction().execute(async (trx) => {
    const lead = await findLead(trx, workspaceId, props.leadId);
    const anchor = await findMessage(trx, workspaceId, props.anchorMessageId);
    if (!lead || !anchor || SETTLED.includes(lead.stage)) return 'stopped';
    const [contact, conversation] = await Promise.all([
      findContact(trx, workspaceId, lead.contactId),
      findConversationByLead(trx, workspaceId, lead.id),
    ]);
    if (!contact || !conversation || conversation.assistantPaused || contact.restrictedAt) return 'stopped';
    if (await isOptedOut(trx, { workspaceId, contactId: contact.id, channel: 'sms' })) return 'stopped';
    const recent = await listRecentMessages(
      trx,
      workspaceId,
      { leadId: lead.id, conversationId: conversation.id },
      50,
    );
    const since = recent.filter(
      (m) => m.createdAt > anchor.createdAt || (m.createdAt === anchor.createdAt && m.id > anchor.id),
    );
    if (since.some((m) => m.direction === 'inbound' || NEWER_CONVERSATION.has(m.kind))) return 'stopped';

    const settings = await loadConversationSettings(trx, workspaceId);
    const anchorAt = new Date(anchor.createdAt);
    const latest = latestDueStep(anchorAt, ctx.clock.now(), settings.followUps, props.step);
    if (latest > props.step) {
      await scheduleFollowUp(trx, ctx, { ...props, anchorAt, step: latest, settings });
      return 'stopped';
    }
    const nurture = isNurture(props.step, settings.followUps);
    const agent = lead.assignedUserId ? await findUser(trx, workspaceId, lead.assignedUserId) : undefined;
    const agentFirstName = agent?.name.trim().split(/\s+/)[0] ?? null;
    const turns = await listTurns(trx, workspaceId, lead.id, 50);
    const decided = turns.filter((t) => t.status === 'replied' || t.status === 'absorbed');
    const last = decided.at(-1);
    const stored = readProfile(lead.profile);
    // The first response built from the inquiry noted what it asked; a workspace's own template asks the setting's.
    const opened = stored.opening ? stored.opening.asked : settings.firstResponseAsks;
    const pendingSlot = !last
      ? opened
      : last.status === 'absorbed'
        ? (last.askedSlot ?? opened)
        : last.askedSlot;
    const business = workspace.settings.businessName ?? workspace.workspaceName;
    const lang = settings.replyInLeadLanguage && stored.language === 'es' ? 'es' : 'en';
    const text = followUpText({
      step: props.step,
      settings,
      profile: factsOf(stored),
      pendingSlot,
      voice: {
        agent: agentFirstName ?? (lang === 'es' ? 'nuestro equipo' : 'our team'),
        agentNamed: agentFirstName !== null,
        business,
        // A name the workspace gave its assistant; never the agent's.
        assistant: settings.assistantName,
        firstName: contact.firstName,
        seed: `${lead.id}:${props.anchorMessageId}`,
        zone: workspace.timezone,
        lang,
      },
    });
    const { message } = await queueOutbound(trx, ctx, {
      workspace,
      contact,
      leadId: lead.id,
      conversationId: conversation.id,
      body: text,
      kind: 'follow_up',
      purpose: nurture ? 'marketing' : 'conversational',
      author: 'assistant',
      directReply: false,
      idempotencyKey: `follow-up:${props.anchorMessageId}:${props.step}`,
    });
    const at = ctx.clock.now().toISOString();
    if (nurture && lead.stage !== 'nurture') {
      await updateLead(trx, workspaceId, lead.id, { stage: 'nurture', updatedAt: at });
    }
    // A check-in without marketing consent is blocked once, on the record, and the sequence ends there.
    if (message.status === 'blocked' && FINAL_BLOCKS.has(message.gateReason ?? '')) return 'sent';
    // Held while a possible opt-out waits for a person: no more are queued behind it, so clearing the flag
    // releases one follow-up, not a pile.
    if (message.gateReason === 'possible_opt_out') return 'sent';
    await scheduleFollowUp(trx, ctx, { ...props, anchorAt, step: props.step + 1, settings });
    return 'sent';
  });
}
