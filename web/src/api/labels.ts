import type { LeadStage } from './leads.ts';

/** Every stage, in the order a lead moves through them. */
export const STAGE_LABELS: Record<LeadStage, string> = {
  new: 'New',
  contacted: 'Contacted',
  engaged: 'Engaged',
  qualified: 'Qualified',
  appointment: 'Appointment',
  handed_off: 'Handed off',
  nurture: 'Nurture',
  lost: 'Lost',
  opted_out: 'Opted out',
};

export const STAGES = Object.keys(STAGE_LABELS) as LeadStage[];

export function isStage(value: string | null | undefined): value is LeadStage {
  return value !== null && value !== undefined && Object.hasOwn(STAGE_LABELS, value);
}

/** Why the assistant handed a lead to the team (the part after "handoff:" in its pause reason). */
export const HANDOFF_LABELS: Record<string, string> = {
  requested_human: 'asked for a person',
  hot_lead: 'hot lead: qualified and ready to move soon',
  frustration: 'the lead sounds frustrated',
  legal_question: 'a legal question only you should answer',
  lending_question: 'a lending question only you or a lender should answer',
  no_progress: 'the conversation stopped moving forward',
  unanswered_question: 'a question the assistant did not answer',
  no_time_fits: 'no open time suits the lead: what they asked for is in the summary',
  renter_ready: 'renter ready: move-in date, monthly budget, pets and bedrooms known',
};

/** The compliance gate's reasons, in words an agent understands. */
export const GATE_REASON_LABELS: Record<string, string> = {
  no_consent: 'no consent to text this lead',
  opted_out: 'the lead opted out',
  possible_opt_out: 'a possible opt-out waits for someone to confirm or clear it',
  quiet_hours: "quiet hours in the lead's time zone",
  contact_cap: 'the daily limit of texts to this lead',
  workspace_cap: "the workspace's daily limit of texts",
  state_cap: "the limit of texts the lead's state allows",
  do_not_contact: 'on the do-not-contact list',
  invalid_phone: 'the phone number is not valid',
  restricted: 'a privacy request restricts contact',
  no_phone: 'no phone number',
  stale_superseded: 'the lead wrote again before it could go, and got a newer answer',
  stale_expired: 'it waited too long to still make sense',
};

export function gateReasonLabel(reason: string): string {
  return GATE_REASON_LABELS[reason] ?? reason.replaceAll('_', ' ');
}
