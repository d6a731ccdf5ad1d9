/** The scheduling API's shapes, as this screen reads them (see src/scheduling/*.schema.ts). */

export type AppointmentStatus = 'booked' | 'confirmed' | 'cancelled' | 'completed' | 'no_show';

export interface Appointment {
  id: string;
  leadId: string;
  appointmentTypeId: string;
  agentId: string;
  start: string;
  end: string;
  agentTimezone: string;
  leadTimezone: string;
  status: AppointmentStatus;
  location: { kind: LocationKind; text: string | null };
  notes: string | null;
  bookedVia: string;
}

export type LocationKind = 'phone' | 'video' | 'office' | 'property';
export type AppointmentKind = 'buyer_consultation' | 'listing_appointment' | 'showing' | 'call' | 'other';

export interface AppointmentType {
  id: string;
  name: string;
  kind: AppointmentKind;
  description: string | null;
  durationMinutes: number;
  slotStepMinutes: number;
  locationKind: LocationKind;
  locationText: string | null;
  assignment: 'lead_owner_first' | 'round_robin';
  active: boolean;
  agents: Array<{ agentId: string; weight: number }>;
}

export interface Slot {
  start: string;
  end: string;
  agentId: string;
}

export interface Hours {
  start: string;
  end: string;
}

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export const WEEKDAYS: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export interface Availability {
  agentId: string;
  timezone: string | null;
  effectiveTimezone: string;
  configured: boolean;
  weekly: Record<Weekday, Hours[]>;
  overrides: Array<{ date: string; hours: Hours[]; note?: string }>;
  timeOff: Array<{ start: string; end: string; note?: string }>;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  maxPerDay: number | null;
}

export interface Agent {
  id: string;
  name: string;
  role: string | null;
  disabled: boolean;
  timezone: string | null;
}

export interface LeadOption {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
}
