import type { FactCheck, HandoffReason, HistoryMessage, Profile } from './engine.types.js';
import { checkFragments } from './fact-phrases.js';
import { moveInPhrase } from './renting.js';
import { budgetPhrase, intentPhrase, listPhrase, timelinePhrase, windowPhrase } from './wording.js';

export const HANDOFF_LABELS: Record<HandoffReason, string> = {
  requested_human: 'asked for a person',
  hot_lead: 'hot lead: qualified and ready to move soon',
  frustration: 'the lead sounds frustrated',
  legal_question: 'a legal question only you should answer',
  lending_question: 'a lending question only you or a lender should answer',
  no_progress: 'the conversation stopped moving forward',
  unanswered_question: 'a question the assistant did not answer',
  no_time_fits: 'no open time suits the lead: what they asked for is quoted below',
  renter_ready: 'renter ready: move-in date, monthly budget, pets and bedrooms known',
};

/** The profile in one line for an agent: "buying; moving within about 2 months; up to $450K; ...". */
export function describeProfile(profile: Profile, zone: string): string {
  const parts = [
    profile.intent ? intentPhrase(profile.intent) : null,
    profile.propertyAddress ? `home at ${profile.propertyAddress}` : null,
    profile.timelineMonths !== undefined ? `moving ${timelinePhrase(profile.timelineMonths)}` : null,
    profile.preApproved === true
      ? 'pre-approved'
      : profile.preApproved === false
        ? 'not pre-approved yet'
        : null,
    budgetPhrase(profile),
    profile.areas?.length ? `areas: ${listPhrase(profile.areas)}` : null,
    profile.beds !== undefined ? `${profile.beds} beds` : null,
    profile.baths !== undefined ? `${profile.baths} baths` : null,
    profile.propertyType ? profile.propertyType.replace('_', ' ') : null,
    // The window as asked ("Sat, Mar 7 in the afternoon"), never a start hour the lead did not say.
    profile.requestedTime ? `asked to meet ${windowPhrase(profile.requestedTime, zone)}` : null,
    profile.moveInDate ? `move-in ${moveInPhrase(profile.moveInDate)}` : null,
    profile.pets === undefined ? null : profile.pets ? 'has pets' : 'no pets',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : 'nothing learned yet';
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** What an agent needs to take over: why, what we know, and how the conversation went lately. */
export function handoffSummary(props: {
  reason: HandoffReason;
  leadName: string | null;
  profile: Profile;
  score: number;
  history: readonly HistoryMessage[];
  zone: string;
  /** What the lead seemed to say but did not confirm: for the agent to ask, never a fact. */
  unconfirmed?: FactCheck | null;
  /** The lead's question that went unanswered, quoted for the agent. */
  question?: string | null;
  /** The home the lead's inquiry named ("12 Oak St, Austin, TX 78704"). */
  about?: string | null;
}): string {
  const last = props.history.slice(-6).map((m) => {
    const who = m.direction === 'inbound' ? 'Lead' : m.author === 'agent' ? 'Agent' : 'Assistant';
    return `${who}: ${clip(m.body.replace(/\s+/g, ' '), 160)}`;
  });
  const voice = { agent: '', business: '', assistant: null, firstName: null, seed: '', zone: props.zone };
  const doubtful = props.unconfirmed ? checkFragments(props.unconfirmed, props.profile, voice) : [];
  return [
    `Why: ${HANDOFF_LABELS[props.reason]}.`,
    ...(props.question ? [`Their question: "${clip(props.question.replace(/\s+/g, ' '), 300)}"`] : []),
    `${props.leadName ?? 'The lead'}: ${describeProfile(props.profile, props.zone)}. Score ${props.score}/100.`,
    ...(props.about ? [`Inquiry about: ${props.about}.`] : []),
    ...(doubtful.length > 0 ? [`Not confirmed, worth asking: ${doubtful.join('; ')}.`] : []),
    'Last messages:',
    ...last,
  ].join('\n');
}
