import { DAY } from '../platform/clock.js';
import type { ConversationSettings } from './conversation.settings.js';
import type { Profile, Slot } from './engine.types.js';
import * as say from './replies.js';
import type { QualificationScript } from './script.js';
import { fill, listPhrase, pick } from './wording.js';

type FollowUpSettings = ConversationSettings['followUps'];

/**
 * When follow-up `step` (1, 2, ...) of a quiet lead is due, counted from the unanswered text (the
 * anchor) so a late run never shifts the ones after it; null when the sequence is over.
 */
export function followUpDueAt(anchorAt: Date, step: number, settings: FollowUpSettings): Date | null {
  const days = settings.afterDays;
  if (step < 1) return null;
  if (step <= days.length) return new Date(anchorAt.getTime() + (days[step - 1] ?? 0) * DAY);
  const nurtures = step - days.length;
  if (settings.nurtureEveryDays === null || nurtures > settings.nurtureMax) return null;
  const last = days.at(-1) ?? 0;
  return new Date(anchorAt.getTime() + (last + nurtures * settings.nurtureEveryDays) * DAY);
}

/** The last step due by `now`: a worker that was down for days sends that one, not every missed one. */
export function latestDueStep(anchorAt: Date, now: Date, settings: FollowUpSettings, from: number): number {
  let step = from;
  for (let next = followUpDueAt(anchorAt, step + 1, settings); next && next <= now; ) {
    step += 1;
    next = followUpDueAt(anchorAt, step + 1, settings);
  }
  return step;
}

/** Nurture check-ins are marketing: they need marketing consent, unlike the follow-ups to a conversation. */
export const isNurture = (step: number, settings: FollowUpSettings): boolean =>
  step > settings.afterDays.length;

function questionFor(
  script: QualificationScript,
  slot: Slot | null,
  profile: Profile,
  voice: say.Voice,
): string | null {
  if (!slot) return null;
  if (slot === 'requestedTime') return say.askForMeeting(voice, profile.intent);
  const question = script.questions.find(
    (q) =>
      q.slot === slot && (!q.intents || (profile.intent !== undefined && q.intents.includes(profile.intent))),
  );
  return question ? say.askQuestion(voice, `${slot}-follow-up`, question.phrasings) : null;
}

const WHAT: Record<NonNullable<Profile['intent']>, string> = {
  buy: 'your home search',
  sell: 'selling your home',
  both: 'your move',
  rent: 'finding a rental',
};

/** The text of a follow-up: a nudge that re-asks the open question, then a softer one, then a last one. */
export function followUpText(props: {
  step: number;
  settings: ConversationSettings;
  profile: Profile;
  pendingSlot: Slot | null;
  voice: say.Voice;
}): string {
  const { step, settings, profile, voice } = props;
  const seed = `${voice.seed}:follow-up:${step}`;
  const hi = voice.firstName ? `Hi ${voice.firstName},` : 'Hi,';
  const what = profile.intent ? WHAT[profile.intent] : 'your real estate plans';
  const question = questionFor(settings.script, props.pendingSlot, profile, voice);
  const fields = { hi, what, agent: voice.agent, business: voice.business, assistant: voice.assistant };
  if (isNurture(step, settings.followUps)) {
    const where = profile.areas?.length ? ` in ${listPhrase(profile.areas)}` : '';
    return fill(
      pick(
        [
          `{hi} {assistant} with {business} checking in. Still thinking about ${what}${where}? Happy to help whenever you're ready. Reply STOP to opt out.`,
          `{hi} it's {assistant} at {business}. Any news on ${what}${where}? Just reply if I can help. Reply STOP to opt out.`,
        ],
        seed,
      ),
      fields,
    );
  }
  const last = step === settings.followUps.afterDays.length;
  if (last) {
    return fill(
      pick(
        [
          "{hi} I don't want to be a bother. If now isn't the right time, no problem at all. Just text back whenever you're ready.",
          '{hi} no pressure at all. Whenever you want to pick up {what}, just reply here and {agent} and I will help.',
        ],
        seed,
      ),
      fields,
    );
  }
  const opener = pick(
    step === 1
      ? ['{hi} just checking in.', '{hi} following up on my last text.']
      : ['{hi} still happy to help with {what}.', '{hi} {agent} and I are here whenever you are ready.'],
    seed,
  );
  return fill(`${opener} ${question ?? 'Any questions I can help with?'}`, fields);
}
