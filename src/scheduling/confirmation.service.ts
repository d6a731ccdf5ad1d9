import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { appointmentTexts } from './appointment-texts.js';
import {
  latestOutboundAt,
  listOpenLeadAppointments,
  updateAppointmentIf,
} from './appointments.repository.js';
import { textFields, textLead } from './lead-texts.js';

/** "C" and "confirm" always mean the appointment; a bare "yes" only right after we asked. */
const CONFIRM = /^(?:c|confirm|confirmed|i confirm|confirming)(?: (?:please|thanks|thank you|thx))?$/;
const YES =
  /^(?:yes|y|yep|yeah|yup|sure|ok|okay)(?: (?:confirm|confirmed|please|thanks|thank you|thx|see you then))?$/;

function normalise(body: string): string {
  return body
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type AppointmentReplyOutcome =
  | { handled: false }
  | { handled: true; action: 'confirmed'; appointmentId: string; replyMessageId: string };

/**
 * For the inbound/conversation path, before the engine reads a text: a lead answering our "reply C to
 * confirm" confirms their next appointment and is thanked. Recognises C / confirm, and yes / ok when the
 * confirmation request is still the last thing we texted them; anything else is `handled: false` and the
 * conversation carries on. Pass `db` to run inside the inbound text's transaction.
 */
export async function handleAppointmentReply(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; body: string; db?: DbOrTrx | undefined },
): Promise<AppointmentReplyOutcome> {
  const text = normalise(props.body);
  const strong = CONFIRM.test(text);
  if (!strong && !YES.test(text)) return { handled: false };
  const db = props.db ?? ctx.db;
  const now = ctx.clock.now();
  const open = await listOpenLeadAppointments(db, {
    workspaceId: props.workspaceId,
    leadId: props.leadId,
    now: now.toISOString(),
  });
  const next = open.find((a) => a.status === 'booked' && new Date(a.startAt) > now);
  if (!next) return { handled: false };
  if (!strong) {
    if (!next.confirmationRequestedAt) return { handled: false };
    const latest = await latestOutboundAt(db, {
      workspaceId: props.workspaceId,
      leadId: props.leadId,
      excludeKind: 'reminder',
    });
    if (latest && latest > next.confirmationRequestedAt) return { handled: false };
  }
  const run = async (trx: DbOrTrx): Promise<AppointmentReplyOutcome> => {
    const confirmed = await updateAppointmentIf(
      trx,
      { workspaceId: next.workspaceId, id: next.id, sequence: next.sequence, statuses: ['booked'] },
      { status: 'confirmed', confirmedAt: now.toISOString(), updatedAt: now.toISOString() },
    );
    if (!confirmed) return { handled: false };
    const fields = await textFields(trx, next);
    const reply = await textLead(trx, ctx, {
      appointment: next,
      contact: fields.contact,
      body: appointmentTexts.confirmed(fields),
      kind: 'reply',
      purpose: 'transactional',
      directReply: true,
      idempotencyKey: `appointment-confirmed:${next.id}:${next.sequence}`,
    });
    return { handled: true, action: 'confirmed', appointmentId: next.id, replyMessageId: reply.id };
  };
  return props.db ? run(props.db) : ctx.db.transaction().execute(run);
}
