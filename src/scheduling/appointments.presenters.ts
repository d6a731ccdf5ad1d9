import { fromJson } from '../db/schema.js';
import type { Appointment } from './appointments.schema.js';
import type { AppointmentRow } from './scheduling.table.js';
import { inZone } from './slots.js';

export function presentAppointment(row: AppointmentRow): Appointment {
  return {
    id: row.id,
    leadId: row.leadId,
    appointmentTypeId: row.appointmentTypeId,
    agentId: row.agentId,
    start: row.startAt,
    end: row.endAt,
    agentTimezone: row.agentTimezone,
    leadTimezone: row.leadTimezone,
    startLocal: inZone(row.startAt, row.leadTimezone),
    status: row.status,
    sequence: row.sequence,
    location: { kind: row.locationKind, text: row.locationText },
    assignment: {
      reason: row.assignmentReason,
      details: fromJson<Record<string, unknown> | null>(row.assignmentDetails) ?? {},
    },
    bookedVia: row.bookedVia,
    notes: row.notes,
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    confirmationRequestedAt: row.confirmationRequestedAt,
    confirmedAt: row.confirmedAt,
    cancelledAt: row.cancelledAt,
    cancelReason: row.cancelReason,
    completedAt: row.completedAt,
    noShowAt: row.noShowAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
