import type { DbOrTrx, Trx } from '../db/database.js';
import { jobStatusesByUniqueKey } from '../jobs/jobs.repository.js';
import { enqueue } from '../jobs/jobs.service.js';
import { listRecentMessages } from '../messaging/messaging.repository.js';
import { type Clock, SECOND } from '../platform/clock.js';
import { conversationTurnJob } from './turn.job.js';
import { listTurns } from './turns.repository.js';

/**
 * How long the turn of a text waits for the lead's next one when it came while an earlier text of theirs
 * was still unanswered ("hi" / "is the oak one still avail" / "and price??"): the texts of one burst are
 * answered once, together. A text that comes alone is answered at once.
 */
export const GATHER_MS = 2 * SECOND;

const turnKey = (messageId: string) => `conversations.turn:${messageId}`;

/** The lead's recent messages looked at for an unanswered text: as many as a turn reads. */
const RECENT = 20;

/** Of these texts, the ones whose turn is still to be taken: queued, or being taken right now. */
export async function turnsToCome(db: DbOrTrx, messageIds: readonly string[]): Promise<Set<string>> {
  const statuses = await jobStatusesByUniqueKey(db, messageIds.map(turnKey));
  return new Set(
    messageIds.filter((id) => {
      const status = statuses.get(turnKey(id));
      return status === 'ready' || status === 'running';
    }),
  );
}

/**
 * The assistant's turn for a lead's stored text, queued in the text's transaction. When an earlier text of
 * theirs has no turn yet and its turn is still to come, this one waits a moment for more; the earlier
 * turn finds this text after it and leaves both to this one.
 */
export async function queueConversationTurn(
  trx: Trx,
  clock: Clock,
  props: { workspaceId: string; leadId: string; conversationId: string; messageId: string; at: Date },
): Promise<void> {
  const { workspaceId, leadId } = props;
  const [history, turns] = await Promise.all([
    listRecentMessages(trx, workspaceId, { leadId, conversationId: props.conversationId }, RECENT),
    listTurns(trx, workspaceId, leadId),
  ]);
  const answered = new Set(turns.map((t) => t.inboundMessageId));
  const unanswered = history
    .filter((m) => m.direction === 'inbound' && m.id !== props.messageId && !answered.has(m.id))
    .map((m) => m.id);
  const gathering = unanswered.length > 0 && (await turnsToCome(trx, unanswered)).size > 0;
  await enqueue(
    trx,
    conversationTurnJob.job(
      { workspaceId, leadId, messageId: props.messageId },
      {
        uniqueKey: turnKey(props.messageId),
        priority: 'urgent',
        ...(gathering ? { runAt: new Date(props.at.getTime() + GATHER_MS) } : {}),
      },
    ),
    clock,
  );
}
