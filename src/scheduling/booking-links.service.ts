import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { HOUR } from '../platform/clock.js';
import { randomToken, sha256 } from '../platform/crypto.js';
import { AppError, notFound } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { findAppointmentType } from './appointment-types.repository.js';
import { findBookingLinkByHash, insertBookingLink } from './booking-links.repository.js';
import { loadSchedulingSettings } from './scheduling.settings.js';
import type { BookingLinkRow } from './scheduling.table.js';

export interface BookingLink {
  id: string;
  /** `${PUBLIC_URL}/b/<token>`: text it to the lead. The token is shown only now. */
  url: string;
  token: string;
  expiresAt: string;
}

export const bookingLinkGone = () =>
  new AppError(410, 'booking_link_expired', 'This booking link has expired; ask us for a new one');

/** A link for the lead to pick a time of this type; the token is random and only its hash is kept. */
export async function createBookingLinkIn(
  db: DbOrTrx,
  ctx: AppContext,
  props: {
    workspaceId: string;
    leadId: string;
    appointmentTypeId: string;
    appointmentId?: string | null;
    ttlHours: number;
  },
): Promise<BookingLink> {
  const token = randomToken(24);
  const now = ctx.clock.now();
  const row: BookingLinkRow = {
    id: newId(),
    workspaceId: props.workspaceId,
    leadId: props.leadId,
    appointmentTypeId: props.appointmentTypeId,
    appointmentId: props.appointmentId ?? null,
    tokenHash: sha256(token),
    expiresAt: new Date(now.getTime() + props.ttlHours * HOUR).toISOString(),
    revokedAt: null,
    createdAt: now.toISOString(),
  };
  await insertBookingLink(db, row);
  return { id: row.id, url: `${ctx.config.publicUrl}/b/${token}`, token, expiresAt: row.expiresAt };
}

/**
 * For the conversation engine and the API: a booking link for a lead and an appointment type,
 * valid for the workspace's `bookingLinkHours` unless `ttlHours` says otherwise.
 */
export async function createBookingLink(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; appointmentTypeId: string; ttlHours?: number },
): Promise<BookingLink> {
  await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  const type = await findAppointmentType(ctx.db, props.workspaceId, props.appointmentTypeId);
  if (!type) throw notFound('Appointment type');
  const ttlHours =
    props.ttlHours ?? (await loadSchedulingSettings(ctx.db, props.workspaceId)).bookingLinkHours;
  return createBookingLinkIn(ctx.db, ctx, { ...props, ttlHours });
}

/** The live link behind a token: 404 for an unknown token, 410 for an expired or revoked one. */
export async function resolveBookingLink(ctx: AppContext, token: string): Promise<BookingLinkRow> {
  if (!/^[A-Za-z0-9_-]{16,100}$/.test(token)) throw notFound('Booking link');
  const link = await findBookingLinkByHash(ctx.db, sha256(token));
  if (!link) throw notFound('Booking link');
  if (link.revokedAt || link.expiresAt <= ctx.clock.now().toISOString()) throw bookingLinkGone();
  return link;
}
