import { isOptedOut } from '../consent/consent.service.js';
import { leadTimeZone } from '../consent/lead-timezone.js';
import type { DbOrTrx } from '../db/database.js';
import { fromJson } from '../db/schema.js';
import { findContact, findConversationByLead, findLead, listInquiries } from '../leads/leads.repository.js';
import type { PropertyOfInterest } from '../leads/leads.schema.js';
import type { ContactRow, ConversationRow, InquiryRow, LeadRow } from '../leads/leads.table.js';
import { listRecentMessages } from '../messaging/messaging.repository.js';
import { loadWorkspaceMessaging, type WorkspaceMessaging } from '../messaging/messaging.settings.js';
import type { MessageRow } from '../messaging/messaging.table.js';
import { findUser } from '../workspaces/users.repository.js';
import { type ConversationSettings, loadConversationSettings } from './conversation.settings.js';
import type {
  ConversationState,
  HistoryMessage,
  InquiryContext,
  Persona,
  Slot,
  StoredProfile,
  TurnInput,
  TurnMessage,
} from './engine.types.js';
import { rowToFaqFacts, rowToListingFacts } from './knowledge/knowledge.presenters.js';
import { faqsForTurn, listingsForTurn } from './knowledge/knowledge.service.js';
import type { KnowledgeFacts } from './knowledge/knowledge.types.js';
import { readProfile } from './profile.js';
import { deriveState } from './state.js';
import { turnsToCome } from './turn.queue.js';
import { listTurns } from './turns.repository.js';
import type { ConversationTurnRow } from './turns.table.js';

/** Messages of the thread a turn sees: enough for the summary, repeated questions and the greeting. */
export const HISTORY_LIMIT = 20;

/** Everything a turn reads, loaded once; `version` tells whether it changed before the turn is applied. */
export interface LoadedTurn {
  workspace: WorkspaceMessaging;
  settings: ConversationSettings;
  lead: LeadRow;
  contact: ContactRow;
  conversation: ConversationRow;
  message: MessageRow;
  history: MessageRow[];
  turns: ConversationTurnRow[];
  /** The lead's texts no turn has answered yet, up to and including `message`, oldest first. */
  pending: MessageRow[];
  /** A later text no turn has answered: its own turn will answer this one too. */
  laterPending: boolean;
  /** A turn already answered `message` (a retried job). */
  covered: boolean;
  optedOut: boolean;
  agentFirstName: string | null;
  inquiries: InquiryRow[];
  tz: string;
  version: string;
}

const after = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);

/** What every turn reads of a lead and its thread, whether it answers a text or words said on a call. */
export type LeadThread = Omit<LoadedTurn, 'message' | 'pending' | 'laterPending' | 'covered'>;

/** The lead, its contact, conversation, recent messages and turns, settings and zone; null when gone. */
export async function loadLeadThread(
  db: DbOrTrx,
  props: { workspaceId: string; leadId: string },
): Promise<LeadThread | null> {
  const lead = await findLead(db, props.workspaceId, props.leadId);
  if (!lead) return null;
  const [contact, conversation] = await Promise.all([
    findContact(db, props.workspaceId, lead.contactId),
    findConversationByLead(db, props.workspaceId, lead.id),
  ]);
  if (!contact || !conversation) return null;
  const [history, turns, workspace, settings, inquiries, optedOut, agent] = await Promise.all([
    listRecentMessages(
      db,
      props.workspaceId,
      { leadId: lead.id, conversationId: conversation.id },
      HISTORY_LIMIT,
    ),
    listTurns(db, props.workspaceId, lead.id),
    loadWorkspaceMessaging(db, props.workspaceId),
    loadConversationSettings(db, props.workspaceId),
    listInquiries(db, props.workspaceId, lead.id),
    isOptedOut(db, { workspaceId: props.workspaceId, contactId: contact.id, channel: 'sms' }),
    lead.assignedUserId ? findUser(db, props.workspaceId, lead.assignedUserId) : Promise.resolve(undefined),
  ]);
  const tz =
    contact.timezone ??
    leadTimeZone({
      zip: contact.zip,
      state: contact.state,
      phoneE164: contact.phone,
      fallbackZone: workspace.timezone,
    }).zone;
  return {
    workspace,
    settings,
    lead,
    contact,
    conversation,
    history,
    turns,
    optedOut,
    agentFirstName: agent?.name.trim().split(/\s+/)[0] ?? null,
    inquiries,
    tz,
    version: [
      lead.updatedAt,
      conversation.updatedAt,
      conversation.assistantPaused,
      turns.at(-1)?.id ?? '',
    ].join('|'),
  };
}

export async function loadTurn(
  db: DbOrTrx,
  props: { workspaceId: string; leadId: string; messageId: string },
): Promise<LoadedTurn | null> {
  const thread = await loadLeadThread(db, props);
  if (!thread) return null;
  const message = thread.history.find((m) => m.id === props.messageId);
  if (message?.direction !== 'inbound') return null;
  const answered = new Set(thread.turns.map((t) => t.inboundMessageId));
  const open = thread.history.filter((m) => m.direction === 'inbound' && !answered.has(m.id));
  // A later text answers this one only if its turn is still to come: a keyword or a reply to a reminder
  // gets none, and this turn must not wait on it.
  const later = open.filter((m) => after(m, message)).map((m) => m.id);
  return {
    ...thread,
    message,
    pending: open.filter((m) => !after(m, message)),
    laterPending: later.length > 0 && (await turnsToCome(db, later)).size > 0,
    covered: answered.has(message.id),
  };
}

/** Why the assistant must stay silent on this text, if it must. */
export function skipReason(loaded: LeadThread): 'restricted' | 'opted_out' | 'paused' | null {
  if (loaded.contact.restrictedAt) return 'restricted';
  if (loaded.optedOut || loaded.lead.stage === 'opted_out') return 'opted_out';
  if (loaded.conversation.assistantPaused) return 'paused';
  return null;
}

/**
 * What the lead's inquiries tell: the latest property asked about and the latest lead type, which may
 * come from different inquiries (a portal lead who later texts has both a property and a text).
 */
export function inquiryContext(inquiries: readonly InquiryRow[]): InquiryContext | null {
  const latest = inquiries.at(-1);
  if (!latest) return null;
  const withProperty = [...inquiries].reverse().find((i) => fromJson<PropertyOfInterest | null>(i.property));
  const withType = [...inquiries].reverse().find((i) => i.leadType !== null);
  const source = withProperty ?? withType ?? latest;
  const property = withProperty ? fromJson<PropertyOfInterest | null>(withProperty.property) : null;
  return {
    id: source.id,
    at: source.receivedAt,
    leadType: withType?.leadType ?? null,
    property: property ? { address: property.address, mlsNumber: property.mlsNumber } : null,
    messages: inquiries.flatMap((i) => (i.message?.trim() ? [i.message.trim()] : [])),
  };
}

/** "see 12 oak at 10": a time read beside a number and a word, which may be a listing's, not an hour. */
const mayNameAListing = (m: TurnMessage) =>
  m.understanding.requestedTime !== null && /\b\d{1,6}\s+[a-z]/i.test(m.text);

/** "7 lakeview dr": a house number and a street, which may name a listing ("what about 7 lakeview dr"). */
const namesAHome = (text: string) =>
  /\b\d{1,6}\s+[a-z]+(?:\s+[a-z]+)?\s+(?:st|street|ave|avenue|dr|drive|rd|road|ln|lane|blvd|ct|court|way|pl|cir|trl|pkwy)\b/i.test(
    text,
  );

export async function loadKnowledge(
  db: DbOrTrx,
  loaded: LoadedTurn,
  messages: readonly TurnMessage[],
): Promise<KnowledgeFacts> {
  const zone = loaded.workspace.timezone;
  if (!messages.some((m) => m.understanding.question || namesAHome(m.text) || mayNameAListing(m)))
    return { listings: [], faqs: [], zone };
  const inquiry = inquiryContext(loaded.inquiries);
  const property = inquiry?.property ?? null;
  // A home named before (in the inquiry or an earlier text) is the one "it" means now.
  const earlier = [
    ...(inquiry?.messages ?? []),
    ...loaded.history.filter((m) => m.direction === 'inbound').map((m) => m.body),
  ];
  const [listings, faqs] = await Promise.all([
    listingsForTurn(db, loaded.workspace.workspaceId, {
      texts: [...earlier.slice(-10), ...messages.map((m) => m.text)],
      inquiry: property,
    }),
    faqsForTurn(db, loaded.workspace.workspaceId),
  ]);
  return { listings: listings.map(rowToListingFacts), faqs: faqs.map(rowToFaqFacts), zone };
}

export function toHistory(row: MessageRow): HistoryMessage {
  return {
    id: row.id,
    direction: row.direction,
    author: row.author,
    kind: row.kind,
    body: row.body,
    at: row.createdAt,
  };
}

export function personaOf(loaded: LoadedTurn): Persona {
  const business = loaded.workspace.settings.businessName ?? loaded.workspace.workspaceName;
  return {
    // The assistant is never a person: its own name if the workspace gave it one, else the business's.
    name: loaded.settings.assistantName ?? business,
    tone: loaded.settings.tone,
    businessName: business,
  };
}

/** What the first response asked: noted on the profile when built from the inquiry, else the setting's. */
export const openingAsks = (profile: StoredProfile, setting: Slot | null): Slot | null =>
  profile.opening ? profile.opening.asked : setting;

export function stateOf(loaded: LoadedTurn): ConversationState {
  const first = loaded.pending[0];
  const greetedAfter =
    first !== undefined &&
    loaded.history.some((m) => m.kind === 'first_response' && m.direction === 'outbound' && after(m, first));
  return deriveState(
    loaded.turns.map((t) => ({
      status: t.status,
      askedSlot: t.askedSlot,
      declinedSlot: t.declinedSlot,
      progressed: t.progressed === 1,
    })),
    {
      firstResponseSent: loaded.lead.firstResponseQueuedAt !== null,
      // A first response built from the inquiry noted what it asked; a workspace's own template asks the setting's.
      firstResponseAsks: openingAsks(readProfile(loaded.lead.profile), loaded.settings.firstResponseAsks),
      greetedAfter,
    },
  );
}

export function turnInput(
  loaded: LoadedTurn,
  messages: readonly TurnMessage[],
  knowledge: KnowledgeFacts,
  now: Date,
  canBook = false,
): TurnInput {
  return {
    leadId: loaded.lead.id,
    messages,
    profile: readProfile(loaded.lead.profile),
    stage: loaded.lead.stage,
    history: loaded.history.map(toHistory),
    state: stateOf(loaded),
    script: loaded.settings.script,
    knowledge,
    inquiry: inquiryContext(loaded.inquiries),
    persona: personaOf(loaded),
    agent: { firstName: loaded.agentFirstName },
    lead: { firstName: loaded.contact.firstName },
    handoff: loaded.settings.handoff,
    now,
    tz: loaded.tz,
    canBook,
    replyInLeadLanguage: loaded.settings.replyInLeadLanguage,
  };
}
