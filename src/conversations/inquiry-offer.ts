import type { AppContext } from '../http/context.js';
import { AppError } from '../platform/errors.js';
import { offerSlots } from '../scheduling/index.js';
import { defaultAppointmentType } from './booking.js';
import { alternatives } from './booking-offers.js';
import { preferencesFrom } from './booking-reading.js';
import { readProfile } from './profile.js';
import { type LoadedTurn, loadLeadThread, skipReason } from './turn.context.js';

/**
 * A form or API inquiry that asks for a time with nothing free then ("Can I see 12 Oak St Saturday
 * morning?" with no Saturday hours) is offered the nearest times and the open house of the home asked
 * about right after its first response, so the lead's next text answers them: "no, only Saturday
 * morning" refuses them and reaches the agent, with the request in the summary. When the window asked
 * has free times, the lead's next text is offered them (the conversation's turn), as before. Nothing
 * is sent once the lead has written, the assistant is paused, times are already on the table, or the
 * time asked is no longer the inquiry's.
 */
export async function offerTimesForInquiry(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; inquiryId: string },
): Promise<string[]> {
  const thread = await loadLeadThread(ctx.db, props);
  const inquiry = thread?.inquiries.find((i) => i.id === props.inquiryId);
  if (!thread || !inquiry) return [];
  const profile = readProfile(thread.lead.profile);
  const source = `inquiry:${inquiry.id}`;
  const requested = profile.requestedTime;
  if (!requested || profile.sources?.requestedTime?.messageId !== source) return [];
  const wrote = thread.history.some((m) => m.direction === 'inbound' && m.createdAt >= inquiry.receivedAt);
  if (wrote || 'pendingOffer' in profile || thread.lead.stage === 'appointment') return [];
  const firstResponse = thread.history.find((m) => m.direction === 'outbound' && m.kind === 'first_response');
  if (!firstResponse) return [];
  // The inquiry stands for the lead's text the offer answers: its words, its time, its id as the source.
  const loaded: LoadedTurn = {
    ...thread,
    message: {
      ...firstResponse,
      id: source,
      direction: 'inbound',
      author: 'lead',
      body: inquiry.message ?? '',
      createdAt: inquiry.receivedAt,
    },
    pending: [],
    laterPending: false,
    covered: false,
  };
  if (skipReason(loaded)) return [];
  const appointmentTypeId = await defaultAppointmentType(ctx, props.workspaceId, thread.lead, thread);
  if (!appointmentTypeId) return [];
  const lang = thread.settings.replyInLeadLanguage && profile.language === 'es' ? 'es' : 'en';
  try {
    const preferences = preferencesFrom(requested, thread.tz);
    const free = await offerSlots(ctx, {
      workspaceId: props.workspaceId,
      leadId: props.leadId,
      appointmentTypeId,
      lang,
      preferences,
    });
    if (free.slots.length > 0) return [];
    const sent = await alternatives(
      ctx,
      loaded,
      { appointmentTypeId, requested, lang },
      { record: false, key: `offer:${source}` },
    );
    return sent.replyMessageIds;
  } catch (error) {
    // No agent takes the type, or it was just switched off: the agent sets the time with the lead.
    if (error instanceof AppError && error.status === 422) return [];
    throw error;
  }
}
