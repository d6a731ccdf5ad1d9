import { z } from 'zod';
import { instantSchema as instant, isoTimestamp } from '../http/schemas.js';
import { locationKindSchema } from './appointment-types.schema.js';
import { timeZoneSchema } from './availability.schema.js';

const id = z.string().min(1).max(100);

export const appointmentStatusSchema = z.enum(['booked', 'confirmed', 'cancelled', 'completed', 'no_show']);

export const createAppointmentBody = z.strictObject({
  leadId: id,
  appointmentTypeId: id,
  start: instant.describe('An offered slot’s start, with its offset'),
  agentId: id.optional().describe('Book this agent; otherwise the type’s assignment rule chooses'),
  notes: z.string().trim().max(2000).optional(),
  notifyLead: z.boolean().optional().describe('Text the lead the booking (default true)'),
});

export const updateAppointmentBody = z
  .strictObject({
    start: instant.optional().describe('Reschedule to this start'),
    agentId: id.optional().describe('Move to this agent (with or without a new start)'),
    status: z
      .enum(['confirmed', 'completed', 'no_show'])
      .optional()
      .describe('completed: the meeting took place; no_show: the lead did not come'),
    notes: z.string().trim().max(2000).nullable().optional(),
    notifyLead: z.boolean().optional().describe('Text the lead about a new time (default true)'),
  })
  .refine((body) => !(body.status && (body.start || body.agentId)), 'reschedule and set status separately');

export const cancelAppointmentQuery = z.strictObject({
  reason: z.string().trim().max(500).optional(),
  notifyLead: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value !== 'false')
    .describe('Text the lead the cancellation (default true)'),
});

export const listAppointmentsQuery = z.strictObject({
  from: instant.optional().describe('Appointments ending after this instant (default: now)'),
  to: instant.optional().describe('Appointments starting before this instant (default: from + 31 days)'),
  agentId: id.optional(),
  leadId: id.optional(),
  status: appointmentStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const slotsQuery = z.strictObject({
  type: id.describe('Appointment type id'),
  from: instant.optional().describe('Default: now'),
  to: instant.optional().describe('Default: from + 7 days; at most 62 days after from'),
  tz: timeZoneSchema
    .optional()
    .describe("Zone of the answer's times (default: the lead's, else the workspace's)"),
  agentId: id.optional(),
  leadId: id.optional().describe('Whose zone to answer in when tz is not given'),
});

export const slotSchema = z.object({
  start: z.string().describe('With the offset of the zone asked for'),
  end: z.string(),
  agentId: z.string(),
});

export const slotListSchema = z.object({ timezone: z.string(), slots: z.array(slotSchema) });

export const appointmentSchema = z.object({
  id: z.string(),
  leadId: z.string(),
  appointmentTypeId: z.string(),
  agentId: z.string(),
  start: isoTimestamp,
  end: isoTimestamp,
  agentTimezone: z.string(),
  leadTimezone: z.string(),
  startLocal: z.string().describe("The start with the lead's offset"),
  status: appointmentStatusSchema,
  sequence: z.number().describe('Grows with every reschedule, reassignment or cancel'),
  location: z.object({ kind: locationKindSchema, text: z.string().nullable() }),
  assignment: z.object({
    reason: z.enum(['requested', 'lead_owner', 'round_robin', 'only_agent']),
    details: z.record(z.string(), z.unknown()),
  }),
  bookedVia: z.enum(['api', 'conversation', 'booking_page', 'agent']),
  notes: z.string().nullable(),
  bufferBeforeMinutes: z.number(),
  bufferAfterMinutes: z.number(),
  confirmationRequestedAt: isoTimestamp.nullable(),
  confirmedAt: isoTimestamp.nullable(),
  cancelledAt: isoTimestamp.nullable(),
  cancelReason: z.string().nullable(),
  completedAt: isoTimestamp.nullable(),
  noShowAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const appointmentListSchema = z.object({ items: z.array(appointmentSchema) });

export type Appointment = z.infer<typeof appointmentSchema>;
export type CreateAppointmentBody = z.infer<typeof createAppointmentBody>;
export type UpdateAppointmentBody = z.infer<typeof updateAppointmentBody>;
export type ListAppointmentsQuery = z.infer<typeof listAppointmentsQuery>;
export type SlotsQuery = z.infer<typeof slotsQuery>;
