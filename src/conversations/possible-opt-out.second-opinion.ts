import { isOptedOut } from '../consent/consent.service.js';
import { assessOptOut } from '../consent/keywords.js';
import { type SecondOpinionModel, secondOpinion } from '../consent/opt-out-second-opinion.js';
import type { AppContext } from '../http/context.js';
import {
  findContact,
  findConversationByLead,
  findLead,
  lockContactByPhone,
} from '../leads/leads.repository.js';
import { flagPossibleOptOut } from '../messaging/inbound.possible-opt-out.js';
import { findMessage } from '../messaging/messaging.repository.js';
import { sha256 } from '../platform/crypto.js';
import { workspaceLlm } from './ai/ai-settings.service.js';
import type { ModelHealth } from './ai/assist.js';
import { createLanguageModel } from './ai/model.js';

/** One model per settings, per running app: building a provider client per text would be waste. */
const models = new WeakMap<AppContext, Map<string, SecondOpinionModel>>();

/**
 * The model that gives the second opinion: the workspace's own, the instance's, or none, exactly as the
 * assistant's language layer is chosen. Settings that cannot build a model mean no second opinion.
 */
export async function opinionModelFor(
  ctx: AppContext,
  workspaceId: string,
): Promise<SecondOpinionModel | null> {
  try {
    const { config, fetch } = await workspaceLlm(ctx, workspaceId);
    if (config.provider === 'none') return null;
    let byKey = models.get(ctx);
    if (!byKey) {
      byKey = new Map();
      models.set(ctx, byKey);
    }
    const key = sha256(JSON.stringify([config.provider, config.model, config.baseUrl, config.apiKey]));
    const cached = byKey.get(key);
    if (cached) return cached;
    const model = createLanguageModel(config, fetch ? { fetch } : {});
    if (model) byKey.set(key, model);
    return model;
  } catch {
    return null;
  }
}

/** How the turn bounds the second opinion: its share of the turn's budget, and the model's breaker. */
export interface OpinionLimits {
  budgetMs?: number;
  /** The breaker the turn's own calls to this model feed: no call unless it is closed, failures counted. */
  health?: ModelHealth | null;
}

/**
 * Before the assistant answers a lead's text, a configured model may look at a text the layers kept: if it
 * reads a revocation, the conversation is flagged "possible opt-out" (source `second_opinion`) and the gate
 * holds what the assistant is about to say. It never revokes and never clears; a slow or failing model
 * changes nothing, and its failures rest it like any other call's. Answers the new flag's id, or null.
 */
export async function escalateBySecondOpinion(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; messageId: string },
  model: SecondOpinionModel | null,
  limits: OpinionLimits = {},
): Promise<string | null> {
  if (!model) return null;
  const message = await findMessage(ctx.db, props.workspaceId, props.messageId);
  if (message?.direction !== 'inbound' || message.author !== 'lead' || !message.body.trim()) return null;
  const assessment = assessOptOut(message.body);
  if (assessment.decision !== 'keep') return null;
  const { health } = limits;
  if (health && !health.allow()) return null;
  const opinion = await secondOpinion({
    model,
    text: message.body,
    assessment,
    ...(limits.budgetMs !== undefined ? { budgetMs: limits.budgetMs } : {}),
    onOutcome: (outcome) => {
      if (outcome === 'failed') health?.failure();
    },
  });
  if (opinion.decision !== 'uncertain') return null;
  return ctx.db.transaction().execute(async (trx) => {
    const lead = await findLead(trx, props.workspaceId, props.leadId);
    const found = lead ? await findContact(trx, props.workspaceId, lead.contactId) : undefined;
    if (!lead || !found?.phone) return null;
    // Locked as an inbound text of theirs locks it: a STOP arriving meanwhile is applied before or after.
    const contact = await lockContactByPhone(trx, props.workspaceId, found.phone);
    const conversation = await findConversationByLead(trx, props.workspaceId, lead.id);
    if (!contact || !conversation || contact.restrictedAt) return null;
    if (await isOptedOut(trx, { workspaceId: props.workspaceId, contactId: contact.id, channel: 'sms' })) {
      return null;
    }
    return flagPossibleOptOut(trx, ctx, {
      workspaceId: props.workspaceId,
      contact,
      lead,
      conversationId: conversation.id,
      messageId: message.id,
      reading: {
        channel: opinion.channel,
        score: opinion.score,
        trigger: opinion.trigger ?? message.body,
      },
      source: 'second_opinion',
      at: ctx.clock.now(),
    });
  });
}
