import type { HandoffReason, Profile, ProfileChange } from './engine.types.js';
import { budgetPhrase, fill, intentPhrase, listPhrase, pick, timelinePhrase, timePhrase } from './wording.js';

/**
 * The engine's own sentences. Each has two or three wordings, picked by a seed made of the lead and
 * the turn, so a conversation never repeats itself word for word and a test always sees the same text.
 * Plain GSM-7 characters only (no curly quotes or dashes), so a text stays 160 characters a segment.
 */

export interface Voice {
  /** The assigned agent's first name, or "our team". */
  agent: string;
  business: string;
  assistant: string;
  firstName: string | null;
  seed: string;
  zone: string;
}

/** "our team will call" opens a sentence as "Our team will call". */
const sentenceCase = (text: string) =>
  text.replace(/(^|[.!?]\s+)([a-z])/g, (_m, before: string, c: string) => before + c.toUpperCase());

const say = (voice: Voice, key: string, options: readonly string[], extra: Record<string, string> = {}) =>
  sentenceCase(
    fill(pick(options, `${voice.seed}:${key}`), {
      agent: voice.agent,
      business: voice.business,
      assistant: voice.assistant,
      firstName: voice.firstName,
      ...extra,
    }),
  );

function fragment(change: ProfileChange, profile: Profile, zone: string): string | null {
  switch (change.field) {
    case 'intent':
      return profile.intent ? intentPhrase(profile.intent) : null;
    case 'timelineMonths':
      return profile.timelineMonths !== undefined ? `moving ${timelinePhrase(profile.timelineMonths)}` : null;
    case 'budgetMin':
    case 'budgetMax':
      return budgetPhrase(profile);
    case 'preApproved':
      return profile.preApproved ? 'pre-approved' : 'no pre-approval yet';
    case 'areas':
      return profile.areas ? `in ${listPhrase(profile.areas)}` : null;
    case 'beds':
      return profile.beds !== undefined ? `${profile.beds} bedrooms` : null;
    case 'baths':
      return profile.baths !== undefined ? `${profile.baths} baths` : null;
    case 'propertyType':
      return profile.propertyType ? profile.propertyType.replace('_', '-') : null;
    case 'propertyAddress':
      return profile.propertyAddress ?? null;
    case 'requestedTime':
      return profile.requestedTime ? timePhrase(profile.requestedTime.start, zone) : null;
  }
}

/** Says back what the lead just told us, so they can see it was understood. */
export function acknowledge(
  voice: Voice,
  learned: readonly ProfileChange[],
  profile: Profile,
): string | null {
  const facts = learned.filter((c) => c.field !== 'requestedTime');
  if (facts.length === 1 && facts[0]?.field === 'preApproved' && profile.preApproved === false) {
    return say(voice, 'ack-not-approved', [
      'No worries, plenty of buyers start there.',
      'No problem, that is an easy step to take later.',
    ]);
  }
  const fragments = [...new Set(facts.map((c) => fragment(c, profile, voice.zone)).filter(Boolean))];
  if (fragments.length === 0) return null;
  const opener = say(voice, 'ack', ['Got it', 'Great', 'Perfect', 'Thanks']);
  return `${opener}: ${fragments.join(', ')}.`;
}

export function confirmWithAgent(voice: Voice): string {
  return say(voice, 'confirm', [
    "I'll have {agent} confirm that and get back to you.",
    "Good question. I'll have {agent} confirm that for you.",
    "I'll have {agent} confirm that.",
  ]);
}

export function aboutTheAssistant(voice: Voice): string {
  return say(voice, 'about-assistant', [
    "I'm an automated assistant for {business}. {agent} is a real person and can jump in anytime, just ask.",
    "I'm {business}'s automated assistant. If you'd like {agent} directly, just say so.",
  ]);
}

const HANDOFF_TEXTS: Record<HandoffReason, readonly string[]> = {
  requested_human: [
    "Of course! I'm letting {agent} know now, and {agent} will reach out to you shortly.",
    'Absolutely. {agent} will reach out to you shortly.',
  ],
  hot_lead: [
    "Sounds like you're ready to go! I'm bringing in {agent} now, so expect a call or text shortly.",
    'Thanks, that helps a lot. {agent} will reach out shortly to take it from here.',
  ],
  frustration: [
    "Sorry about that! I'm getting {agent} to reach out to you directly.",
    'My apologies. {agent} will reach out to you directly.',
  ],
  legal_question: [
    "That's a question for {agent}, who can answer it properly. I've passed it along and {agent} will be in touch shortly.",
    "Good question, and one {agent} should answer. I've passed it along; expect to hear back shortly.",
  ],
  lending_question: [
    "Good question! Loan details are best answered by {agent} or a lender. I've passed it along and {agent} will follow up shortly.",
    "Rates and loans are best handled by {agent} or a lender. I've passed your question along; {agent} will follow up shortly.",
  ],
  no_progress: [
    "I'll have {agent} reach out to you directly to help from here.",
    '{agent} will reach out to you directly to help from here.',
  ],
};

export const handoffText = (voice: Voice, reason: HandoffReason): string =>
  say(voice, `handoff-${reason}`, HANDOFF_TEXTS[reason]);

export function bookingNoted(voice: Voice, when: string): string {
  return say(voice, 'booking', [
    `I've noted ${when}. {agent} will confirm the time with you shortly.`,
    `Great, ${when} it is. {agent} will confirm with you shortly.`,
  ]);
}

export function askForMeeting(voice: Voice, intent: Profile['intent']): string {
  if (intent === 'sell') {
    return say(voice, 'meet-sell', [
      'Would you like {agent} to come by and talk about selling? What day and time work for you?',
      'Want to set up a time with {agent} to talk about pricing your home? What day and time work?',
    ]);
  }
  if (intent === 'buy' || intent === 'both' || intent === 'rent') {
    return say(voice, 'meet-buy', [
      'Would you like to see some homes with {agent}? What day and time work for you?',
      'Want to set up a time with {agent} to tour a few places? What day and time work best?',
    ]);
  }
  return say(voice, 'meet', [
    'Would you like to set up a call with {agent}? What day and time work best?',
    'Want to find a time to talk with {agent}? What day and time work for you?',
  ]);
}

export function offerVisit(voice: Voice): string {
  return say(voice, 'visit', [
    'Happy to set that up! What day and time work best for you?',
    "I'd be glad to arrange that. What day and time work for you?",
  ]);
}

export function notInterestedClose(voice: Voice): string {
  return say(voice, 'lost', [
    'Understood, thanks for letting me know! If anything changes, just text us here.',
    'No problem at all. If anything changes down the road, just reply here.',
  ]);
}

export function noCalls(voice: Voice): string {
  return say(voice, 'no-calls', [
    "Understood, no calls. I'll stick to texting.",
    'Got it, texts only from here.',
  ]);
}

export function welcome(voice: Voice): string {
  return say(voice, 'welcome', ["You're welcome!", 'Anytime!', 'Happy to help!']);
}

export function noMeetingNow(voice: Voice): string {
  return say(voice, 'no-meeting', [
    "No problem. Whenever you're ready, just text a day and time.",
    'No rush at all.',
  ]);
}

export function askQuestion(voice: Voice, slot: string, phrasings: readonly string[]): string {
  return say(voice, `ask-${slot}`, phrasings);
}
