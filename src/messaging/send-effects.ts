import type { Db, DbOrTrx, Trx } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { recordEvent } from '../jobs/domain-events.js';
import { recordUsage } from '../jobs/usage.recorder.js';
import { readWorkspace } from '../workspaces/workspaces.repository.js';
import { transitionMessage } from './messaging.repository.js';
import type { MessageRow, MessageStatus } from './messaging.table.js';

/** Speed to lead: the first response counts when the provider has it. */
export async function markFirstResponseSent(db: DbOrTrx, message: MessageRow, at: string): Promise<void> {
  await db
    .updateTable('leads')
    .set({ firstResponseSentAt: at, updatedAt: at })
    .where('workspaceId', '=', message.workspaceId)
    .where('id', '=', message.leadId)
    .where('firstResponseSentAt', 'is', null)
    .execute();
}

/** `credited`; `not_sending` when something else moved the message first; `id_taken` by another message. */
export type CreditOutcome = 'credited' | 'not_sending' | 'id_taken';

/**
 * Records that the provider has this message under `providerId`: `sending` becomes `sent` and a first
 * response counts. A provider id belongs to one message (a unique index): when another holds it, nothing
 * changes.
 */
export async function creditSend(
  db: Db,
  message: MessageRow,
  providerId: string,
  at: string,
  from: readonly MessageStatus[] = ['sending'],
  /** Completes the send job in the same transaction, as its last write (JobRun.completeIn). */
  completeJobIn?: (trx: Trx) => Promise<boolean>,
): Promise<CreditOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      const moved = await transitionMessage(trx, {
        workspaceId: message.workspaceId,
        id: message.id,
        from,
        changes: {
          status: 'sent',
          providerId,
          sentAt: at,
          updatedAt: at,
          errorCode: null,
          errorMessage: null,
          reviewReason: null,
        },
      });
      if (moved && message.kind === 'first_response') await markFirstResponseSent(trx, message, at);
      if (moved)
        await recordEvent(trx, {
          workspaceId: message.workspaceId,
          type: 'message.sent',
          leadId: message.leadId,
          subjectId: message.id,
          at,
        });
      if (moved)
        await recordUsage(trx, {
          workspaceId: message.workspaceId,
          unit: 'sms_segment_out',
          quantity: message.segments,
          key: `sms_out:${message.id}`,
          messageId: message.id,
          leadId: message.leadId,
          at,
          timezone: (await readWorkspace(trx, message.workspaceId))?.timezone,
        });
      if (moved && completeJobIn) await completeJobIn(trx);
      return moved ? 'credited' : 'not_sending';
    });
  } catch (error) {
    if (isUniqueViolation(error)) return 'id_taken';
    throw error;
  }
}
