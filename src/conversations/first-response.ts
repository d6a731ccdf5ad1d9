import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { updateConversation, updateLead } from '../leads/leads.repository.js';
import type { PropertyOfInterest } from '../leads/leads.schema.js';
import type { LeadRow, LeadType } from '../leads/leads.table.js';
import { DEFAULT_INTRO, renderTemplate, type WorkspaceMessaging } from '../messaging/messaging.settings.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import { loadConversationSettings } from './conversation.settings.js';
import type { ProfileChange, StoredProfile } from './engine.types.js';
import { rowToFaqFacts, rowToListingFacts } from './knowledge/knowledge.presenters.js';
import { faqsForTurn, listingsForTurn } from './knowledge/knowledge.service.js';
import type { KnowledgeFacts } from './knowledge/knowledge.types.js';
import { buildOpening, fitReply, type Opening, type OpeningInput, SPANISH_INTRO } from './opening.js';
import { applyProfileChanges, factsOf, readProfile } from './profile.js';
import { scoreLead } from './score.js';
import { HANDOFF_LABELS, handoffSummary } from './summary.js';
import { analyze } from './understanding/analyze.js';
import { fitsTwoSegments, packTexts } from './wording.js';

export interface InquiryToRead {
  workspace: WorkspaceMessaging;
  leadId: string;
  /** The lead's stored profile before this inquiry. */
  profile: unknown;
  inquiry: {
    id: string;
    at: string;
    message: string | null;
    leadType: LeadType | null;
    property: PropertyOfInterest | null;
  };
  /** The lead's first text when the inquiry is one; else the facts name the inquiry. */
  messageId?: string | undefined;
  firstName: string | null;
  agentFirstName: string | null;
  tz: string;
  now: Date;
}

export interface InquiryReading {
  opening: Opening;
  /** The profile with what the inquiry said, and its score. */
  profile: StoredProfile;
  score: number;
}

/**
 * Reads an inquiry like any text of the lead's (the same analysis and confidence rule) and decides the
 * first response's parts. Knowledge is looked up only when the message asks something.
 */
export async function readInquiry(db: DbOrTrx, props: InquiryToRead): Promise<InquiryReading> {
  const { workspace, inquiry } = props;
  const settings = await loadConversationSettings(db, workspace.workspaceId);
  const message = inquiry.message?.trim() ? inquiry.message.trim() : null;
  const understanding = message
    ? analyze(message, { now: new Date(inquiry.at), tz: props.tz, marketAreas: settings.marketAreas })
    : null;
  const property = inquiry.property
    ? { address: inquiry.property.address, mlsNumber: inquiry.property.mlsNumber }
    : null;
  const knowledge: KnowledgeFacts = { listings: [], faqs: [], zone: workspace.timezone };
  // A time read beside a number and a word ("see 12 oak at 10") may be a listing's number: look it up.
  const mayNameAListing = understanding?.requestedTime != null && /\b\d{1,6}\s+[a-z]/i.test(message ?? '');
  // The home the form or API named is looked up too: one sold or under contract is said in the first reply.
  if ((message && (understanding?.question || mayNameAListing)) || property) {
    const [listings, faqs] = await Promise.all([
      listingsForTurn(db, workspace.workspaceId, { texts: message ? [message] : [], inquiry: property }),
      faqsForTurn(db, workspace.workspaceId),
    ]);
    knowledge.listings = listings.map(rowToListingFacts);
    knowledge.faqs = faqs.map(rowToFaqFacts);
  }
  return inquiryReading({
    message,
    understanding,
    sourceId: props.messageId ?? `inquiry:${inquiry.id}`,
    turnFollows: props.messageId !== undefined,
    at: inquiry.at,
    inquiry: { id: inquiry.id, at: inquiry.at, leadType: inquiry.leadType, property },
    profile: readProfile(props.profile),
    script: settings.script,
    knowledge,
    leadId: props.leadId,
    firstName: props.firstName,
    agentFirstName: props.agentFirstName,
    businessName: workspace.settings.businessName ?? workspace.workspaceName,
    tz: props.tz,
    now: props.now,
    replyInLeadLanguage: settings.replyInLeadLanguage,
    hotTimelineMonths: settings.handoff.hotTimelineMonths,
  });
}

/** The opening decided and the profile it leaves, with its score: no I/O (the simulator uses it too). */
export function inquiryReading(input: OpeningInput): InquiryReading {
  const opening = buildOpening(input);
  const stored = applyProfileChanges(input.profile, opening.changes);
  const replied = input.turnFollows;
  const score = scoreLead(factsOf(stored), { replies: replied ? 1 : 0 });
  return { opening, profile: { ...stored, scoreFactors: score.factors }, score: score.score };
}

export interface FirstResponseText {
  body: string;
  /**
   * A form or API inquiry's answer too long to go whole beside the introduction: the rest of it (and the
   * question, when it had to go too), in texts of two segments sent right after the first response.
   */
  rest: string[];
  /** The inquiry's question for the agent: one the knowledge base could not answer, or whose answer was cut. */
  forAgent: string | null;
  /** The `opening` memo: what the text asked and whether it answered the inquiry's question. */
  memo: ProfileChange;
}

/**
 * The workspace's first-response template filled: `{intro}` is the assistant's introduction (its own
 * setting), `{inquiryReply}` the reply built from the inquiry, fitted to two segments with the rest of
 * the template, `{nextQuestion}` the question alone. A template without them renders as written.
 */
export function firstResponseText(
  reading: InquiryReading,
  props: {
    workspace: WorkspaceMessaging;
    firstName: string | null;
    agentName: string | null;
    propertyAddress: string | null;
    at: string;
    sourceId: string;
    /**
     * What the first response says of the time the inquiry asked for (first-response-times.ts): in
     * place of the script's question, after the answer when both fit.
     */
    times?: string[] | null | undefined;
  },
): FirstResponseText {
  const { settings, workspaceName } = props.workspace;
  const { opening } = reading;
  const business = settings.businessName ?? workspaceName;
  const agentFirst = props.agentName?.trim().split(/\s+/)[0] ?? null;
  const spanish = opening.language === 'es';
  const fields = {
    firstName: props.firstName,
    agentName: agentFirst ?? business,
    agentFullName: props.agentName?.trim() || (spanish ? 'nuestro equipo' : 'our team'),
    businessName: business,
    propertyAddress: props.propertyAddress,
    aboutProperty: props.propertyAddress ? ` about ${props.propertyAddress}` : '',
  };
  const introTemplate =
    spanish && settings.introTemplate === DEFAULT_INTRO ? SPANISH_INTRO : settings.introTemplate;
  const intro = renderTemplate(introTemplate, fields);
  const template = settings.firstResponseTemplate;
  const usesReply = template.includes('{inquiryReply}');
  const usesQuestion = usesReply || template.includes('{nextQuestion}');
  const renderFor = (o: Opening) => (reply: string) =>
    renderTemplate(template, { ...fields, intro, inquiryReply: reply, nextQuestion: o.question });
  const render = renderFor(opening);
  if (props.times && props.times.length > 0) {
    return withTimes(opening, props.times, { render, usesReply }, props);
  }
  let fitted = usesReply
    ? fitReply(opening, render)
    : {
        text: render(''),
        asked: usesQuestion && opening.question !== null,
        answered: false,
        cut: false,
        answerKept: 0,
      };
  // A lead's first text has its own turn right after: an answer too long to go whole beside the
  // introduction goes there whole, rather than cut here and the rest left to the agent.
  const answerWaits = usesReply && fitted.cut && opening.turnFollows;
  if (answerWaits) {
    const alone: Opening = { ...opening, answer: null, answered: false, question: null, askedSlot: null };
    fitted = fitReply(alone, renderFor(alone));
  }
  // A form or API inquiry has no turn after it: what was cut of the answer to the lead's question goes in
  // the next text, not to the agent.
  let rest =
    usesReply && fitted.cut && !opening.turnFollows && opening.inquiryQuestion !== null
      ? packTexts([
          ...(opening.answer ?? []).slice(fitted.answerKept),
          ...(!fitted.asked && opening.question ? [opening.question] : []),
        ])
      : [];
  // What the lead said, with no room for it beside the introduction (a Spanish text's segments are 67
  // characters; a long English one), goes with the question in the next text rather than being left out.
  const { acknowledgement } = opening;
  const ackLeft =
    usesReply &&
    rest.length === 0 &&
    !opening.answer &&
    !opening.handoff &&
    acknowledgement !== null &&
    !fitted.text.includes(acknowledgement);
  if (ackLeft) {
    const alone: Opening = { ...opening, acknowledgement: null, question: null, askedSlot: null };
    fitted = fitReply(alone, renderFor(alone));
    rest = packTexts([acknowledgement, ...(opening.question ? [opening.question] : [])]);
  }
  const asked = fitted.asked || (rest.length > 0 && opening.question !== null);
  return {
    body: fitted.text,
    rest,
    forAgent:
      answerWaits || rest.length > 0
        ? (opening.forAgent ?? null)
        : (opening.forAgent ?? (fitted.cut ? opening.inquiryQuestion : null)),
    memo: {
      field: 'opening',
      // A template that asks nothing of the reply's leaves the workspace's `firstResponseAsks` in force.
      value: usesQuestion
        ? {
            asked: asked ? opening.askedSlot : null,
            answered:
              !answerWaits &&
              opening.answered &&
              (fitted.answered || rest.length > 0 || opening.answer === null),
          }
        : null,
      messageId: props.sourceId,
      at: props.at,
    },
  };
}

/**
 * The introduction, the answer when it fits beside the first part of the times, and as many of the
 * times as fit: the rest follows at once. Nothing of the script is asked: the times are the question.
 */
function withTimes(
  opening: Opening,
  times: readonly string[],
  reply: { render: (reply: string) => string; usesReply: boolean },
  props: { at: string; sourceId: string },
): FirstResponseText {
  const { render } = reply;
  const memo: ProfileChange = {
    field: 'opening',
    value: { asked: null, answered: reply.usesReply && opening.answered },
    messageId: props.sourceId,
    at: props.at,
  };
  // A template that leaves no room for the reply is sent as written; the times follow it.
  if (!reply.usesReply) return { body: render(''), rest: packTexts(times), forAgent: null, memo };
  const answer = opening.answered ? (opening.answer ?? []) : [];
  const fits = (parts: readonly string[]) => fitsTwoSegments(render(parts.join(' ')));
  // The times answer what the lead asked to do, so they come first: the answer goes before them only
  // when all of it and all the times go together, else it follows them.
  const together = fits([...answer, ...times]);
  const [first = '', ...more] = times;
  const body = together ? [...answer, ...times] : [first];
  const left = together ? [] : [...more, ...answer];
  while (left.length > 0 && fits([...body, left[0] as string])) body.push(left.shift() as string);
  return { body: render(body.join(' ')), rest: packTexts(left), forAgent: opening.forAgent, memo };
}

/** What the inquiry said goes on the lead: the profile, the score, and the lead type it implies. */
export async function storeInquiryReading(
  trx: DbOrTrx,
  lead: LeadRow,
  reading: InquiryReading,
  at: string,
): Promise<void> {
  const intent = reading.profile.intent;
  const leadType =
    intent === 'buy' ? 'buyer' : intent === 'sell' ? 'seller' : intent === 'rent' ? 'renter' : null;
  await updateLead(trx, lead.workspaceId, lead.id, {
    profile: toJson(reading.profile),
    score: reading.score,
    ...(lead.leadType === null && leadType ? { leadType } : {}),
    updatedAt: at,
  });
}

/**
 * A form or API lead who asked for a person, or whom the inquiry alone makes a hot lead: the assistant
 * pauses and the agent gets the summary.
 */
export async function handOffFromInquiry(
  trx: DbOrTrx,
  ctx: AppContext,
  props: {
    lead: LeadRow;
    conversationId: string;
    reading: InquiryReading;
    leadName: string | null;
    message: string | null;
    /** The home the form or API named, for the agent. */
    property?: string | null;
    zone: string;
    at: string;
  },
): Promise<void> {
  const { lead, reading, at } = props;
  const reason = reading.opening.handoff ?? 'requested_human';
  await updateConversation(trx, lead.workspaceId, props.conversationId, {
    assistantPaused: 1,
    pausedReason: `handoff:${reason}`,
    updatedAt: at,
  });
  await updateLead(trx, lead.workspaceId, lead.id, { stage: 'handed_off', updatedAt: at });
  const summary = handoffSummary({
    reason,
    leadName: props.leadName,
    profile: factsOf(reading.profile),
    score: reading.score,
    history: props.message
      ? [{ id: 'inquiry', direction: 'inbound', author: 'lead', kind: 'inquiry', body: props.message, at }]
      : [],
    zone: props.zone,
    about: props.property ?? null,
  });
  await notifyTeam(trx, ctx, {
    workspaceId: lead.workspaceId,
    leadId: lead.id,
    userId: lead.assignedUserId,
    kind: 'handoff',
    subject: `${props.leadName ?? 'A new lead'} needs you: ${HANDOFF_LABELS[reason]}`,
    body: `${summary}\nThe assistant is paused on this lead.`,
  });
}
