import type { AppContext } from '../http/context.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { findLead } from '../leads/leads.repository.js';
import type { LeadStage } from '../leads/leads.table.js';
import { listLeadMessages } from '../messaging/messaging.repository.js';
import { simulateInboundText } from '../messaging/sandbox.service.js';
import { readProfile } from './profile.js';

export interface ChatReply {
  body: string;
  status: string;
  /** Why the gate held or stopped the text, when it did. */
  gateReason: string | null;
}

export interface ChatExchange {
  leadId: string;
  handled: string;
  replies: ChatReply[];
  /** What the agent was told because of this text. */
  notes: { kind: string; subject: string }[];
  stage: LeadStage;
  score: number;
  profile: Record<string, unknown>;
  assistantPaused: boolean;
}

/**
 * One text from the pretend lead, through the same path as a real one (the sandbox's inbound route
 * service, the inbound job's code, the turn job), with the jobs due run at once in this process.
 */
export async function chatExchange(
  ctx: AppContext,
  props: { workspaceId: string; from: string; body: string },
): Promise<ChatExchange> {
  const since = ctx.clock.now().toISOString();
  const inbound = await simulateInboundText(ctx, props);
  await drainJobs(ctx, jobDefinitions);
  const messages = await listLeadMessages(ctx.db, props.workspaceId, inbound.leadId, 5000);
  const replies = messages
    .filter((m) => m.direction === 'outbound' && m.createdAt >= since && m.author !== 'agent')
    .map((m) => ({ body: m.body, status: m.status, gateReason: m.status === 'sent' ? null : m.gateReason }));
  const notes = await ctx.db
    .selectFrom('notifications')
    .select(['kind', 'subject'])
    .where('workspaceId', '=', props.workspaceId)
    .where('leadId', '=', inbound.leadId)
    .where('createdAt', '>=', since)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const lead = await findLead(ctx.db, props.workspaceId, inbound.leadId);
  const conversation = await ctx.db
    .selectFrom('conversations')
    .select('assistantPaused')
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', inbound.conversationId)
    .executeTakeFirst();
  const { sources: _sources, scoreFactors: _factors, ...profile } = readProfile(lead?.profile);
  return {
    leadId: inbound.leadId,
    handled: inbound.handled,
    replies,
    notes,
    stage: lead?.stage ?? 'new',
    score: lead?.score ?? 0,
    profile,
    assistantPaused: conversation?.assistantPaused === 1,
  };
}
