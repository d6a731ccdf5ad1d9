/**
 * What other modules (the conversation engine, the inbound path, calendar providers) call.
 * See README.md beside this file for the contract of each function.
 */

export {
  type NearestAlternatives,
  type NearestAlternativesProps,
  nearestAlternatives,
} from './alternatives.service.js';
export {
  type CancelProps,
  cancelAppointment,
  getAppointment,
  type RescheduleProps,
  rescheduleAppointment,
} from './appointment-changes.service.js';
export { formatWhen, formatWhere, type TextLanguage } from './appointment-texts.js';
export type { Appointment } from './appointments.schema.js';
export { listUpcomingAppointments } from './appointments.service.js';
export { type BookSlotProps, bookSlot } from './booking.service.js';
export { type BookingLink, createBookingLink } from './booking-links.service.js';
export type {
  BusyInterval,
  CalendarAgent,
  CalendarAppointment,
  CalendarProvider,
  CalendarRegistry,
  CalendarSync,
} from './calendar.types.js';
export { getCalendarAppointment, listAppointmentsForCalendar } from './calendar-appointments.js';
export { type AppointmentReplyOutcome, handleAppointmentReply } from './confirmation.service.js';
export {
  type OfferedSlot,
  type OfferSlotsProps,
  offerSlots,
  type PartOfDay,
  type SlotOffer,
  type SlotPreferences,
} from './offers.service.js';
