import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AppointmentStatus, LocationKind } from './calendar.types.js';

export type AppointmentKind = 'buyer_consultation' | 'listing_appointment' | 'showing' | 'call' | 'other';
/** `lead_owner_first`: the lead's agent when they take the type and are free, else round robin. */
export type AssignmentRule = 'lead_owner_first' | 'round_robin';
export type AssignmentReason = 'requested' | 'lead_owner' | 'round_robin' | 'only_agent';
export type BookedVia = 'api' | 'conversation' | 'booking_page' | 'agent';

export interface AppointmentTypesTable {
  id: string;
  workspaceId: string;
  name: string;
  kind: AppointmentKind;
  description: string | null;
  durationMinutes: number;
  /** Offered start times fall on this step from the start of each working interval. */
  slotStepMinutes: number;
  locationKind: LocationKind;
  /** The office address, a video link; null for phone, and for a property (the lead's listing). */
  locationText: string | null;
  assignment: AssignmentRule;
  active: number;
  /** Types are retired, never deleted: appointments keep pointing at them. */
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Who takes an appointment type, and how large a share of round robin each gets. */
export interface AppointmentTypeAgentsTable {
  appointmentTypeId: string;
  agentId: string;
  workspaceId: string;
  weight: number;
}

/** One row per agent; JSON columns hold the weekly hours, date overrides and time off. */
export interface AgentAvailabilityTable {
  agentId: string;
  workspaceId: string;
  /** Overrides the user's zone for working hours; null means the user's, else the workspace's. */
  timezone: string | null;
  weekly: unknown;
  overrides: unknown;
  timeOff: unknown;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  maxPerDay: number | null;
  updatedAt: string;
}

export interface AppointmentsTable {
  id: string;
  workspaceId: string;
  leadId: string;
  contactId: string;
  appointmentTypeId: string;
  agentId: string;
  startAt: string;
  endAt: string;
  /** The agent's buffers when booked: the claims cover [start − before, end + after). */
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  agentTimezone: string;
  leadTimezone: string;
  locationKind: LocationKind;
  locationText: string | null;
  status: AppointmentStatus;
  /** Grows on every reschedule, reassignment or cancel: stale reminder and calendar jobs compare it. */
  sequence: number;
  assignmentReason: AssignmentReason;
  /** JSON: the candidates and their weights and loads when round robin chose. */
  assignmentDetails: unknown;
  bookedVia: BookedVia;
  notes: string | null;
  confirmationRequestedAt: string | null;
  confirmedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  completedAt: string | null;
  noShowAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * `t:<ISO cell start>` for each 5-minute cell an appointment's buffered interval covers, and
 * `d:<agent's local date>:<n>` for its place in that day's maximum. Primary key (agent_id, claim_key).
 */
export interface AppointmentClaimsTable {
  agentId: string;
  claimKey: string;
  workspaceId: string;
  appointmentId: string;
}

/** A link a lead opens to pick a time (`/b/:token`); only the token's hash is stored. */
export interface BookingLinksTable {
  id: string;
  workspaceId: string;
  leadId: string;
  appointmentTypeId: string;
  /** Set once the link has booked: the link then shows, and can move, that appointment. */
  appointmentId: string | null;
  tokenHash: string;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
}

export type AppointmentTypeRow = Selectable<AppointmentTypesTable>;
export type NewAppointmentTypeRow = Insertable<AppointmentTypesTable>;
export type AppointmentTypeRowUpdate = Updateable<AppointmentTypesTable>;
export type AppointmentTypeAgentRow = Selectable<AppointmentTypeAgentsTable>;
export type AgentAvailabilityRow = Selectable<AgentAvailabilityTable>;
export type AppointmentRow = Selectable<AppointmentsTable>;
export type NewAppointmentRow = Insertable<AppointmentsTable>;
export type AppointmentRowUpdate = Updateable<AppointmentsTable>;
export type BookingLinkRow = Selectable<BookingLinksTable>;
