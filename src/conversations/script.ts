import { z } from 'zod';
import type { Profile, Slot } from './engine.types.js';
import { INTENTS, type Intent } from './understanding/understanding.schema.js';

export const SLOTS = [
  'intent',
  'propertyAddress',
  'timelineMonths',
  'preApproved',
  'budget',
  'areas',
  'beds',
  'baths',
  'propertyType',
  'moveInDate',
  'pets',
] as const satisfies readonly Slot[];

/** A question may be asked this many times; after that the lead has had their chance to answer. */
export const MAX_ASKS = 2;

const phrasing = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .describe('May use {agent}, {business} and {firstName}; keep it short, a text is two segments at most');

export const scriptQuestionSchema = z.strictObject({
  slot: z.enum(SLOTS).describe('The profile field the answer fills; `budget` is either end of the range'),
  intents: z
    .array(z.enum(INTENTS))
    .min(1)
    .optional()
    .describe('Asked only of leads with one of these intents (so only once the intent is known)'),
  required: z
    .boolean()
    .default(true)
    .describe('The lead is qualified once every required question applying is answered'),
  phrasings: z
    .array(phrasing)
    .min(1)
    .max(5)
    .describe('Two or three ways to ask; one is picked per lead and turn'),
});

export const qualifyWithoutAreaSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    withinMonths: z
      .number()
      .int()
      .min(0)
      .max(24)
      .default(3)
      .describe('The timeline, in months, at or under which the area may be missing'),
  })
  .describe(
    'A lead with intent, budget, financing (pre-approved or cash, for buyers) and a timeline within ' +
      '`withinMonths` is qualified without an area: the area is for the agent to narrow down together',
  );

export const scriptSchema = z.strictObject({
  questions: z.array(scriptQuestionSchema).min(1).max(20),
  qualifyWithoutArea: qualifyWithoutAreaSchema.default(qualifyWithoutAreaSchema.parse({})),
});

export type ScriptQuestion = z.output<typeof scriptQuestionSchema>;
export type QualificationScript = z.output<typeof scriptSchema>;

const BUYERS: Intent[] = ['buy', 'both'];
const SEEKERS: Intent[] = ['buy', 'both', 'rent'];
const OWNERS_AND_BUYERS: Intent[] = ['buy', 'sell', 'both'];

/** Asked in this order; each question is skipped once its answer is known. */
export const DEFAULT_SCRIPT: QualificationScript = scriptSchema.parse({
  questions: [
    {
      slot: 'intent',
      phrasings: [
        'Are you looking to buy, sell, or both?',
        'Are you thinking about buying, selling, or both?',
        'Is this about a home to buy, one to sell, or both?',
      ],
    },
    {
      slot: 'propertyAddress',
      intents: ['sell', 'both'],
      phrasings: [
        "What's the address of the home you're thinking of selling?",
        'Which home would you be selling? The street address is perfect.',
        "What's the address of the place you'd sell?",
      ],
    },
    {
      slot: 'moveInDate',
      intents: ['rent'],
      phrasings: ['When would you like to move in?', "What's your ideal move-in date?"],
    },
    {
      slot: 'timelineMonths',
      intents: OWNERS_AND_BUYERS,
      phrasings: [
        'When are you hoping to make a move?',
        'What timeline do you have in mind for the move?',
        'How soon are you looking to move?',
      ],
    },
    {
      slot: 'preApproved',
      intents: BUYERS,
      phrasings: [
        'Have you been pre-approved for a mortgage yet, or will you pay cash?',
        'Are you pre-approved with a lender yet, or buying with cash?',
        'Do you have a mortgage pre-approval yet, or is that still to do?',
      ],
    },
    {
      slot: 'budget',
      intents: BUYERS,
      phrasings: [
        'What price range are you shopping in?',
        'What budget do you have in mind?',
        'Roughly what price range works for you?',
      ],
    },
    {
      slot: 'budget',
      intents: ['rent'],
      phrasings: ['What monthly rent are you aiming for?', "What's your budget per month?"],
    },
    {
      slot: 'pets',
      intents: ['rent'],
      phrasings: ['Will any pets be moving in with you?', 'Do you have any pets?'],
    },
    {
      slot: 'areas',
      intents: BUYERS,
      phrasings: [
        'Which areas or neighborhoods are you considering?',
        'Where would you like to live? Any neighborhoods in mind?',
        'What part of town are you focused on?',
      ],
    },
    {
      slot: 'beds',
      intents: SEEKERS,
      required: false,
      phrasings: ['How many bedrooms do you need?', 'How many bedrooms are you looking for?'],
    },
  ],
});

export function slotKnown(profile: Profile, slot: Slot): boolean {
  switch (slot) {
    case 'budget':
      return profile.budgetMax !== undefined || profile.budgetMin !== undefined;
    case 'areas':
      return (profile.areas?.length ?? 0) > 0;
    case 'moveInDate':
      // "In 2 months" answers when they move in as a timeline, not a date.
      return profile.moveInDate !== undefined || profile.timelineMonths !== undefined;
    default:
      return profile[slot] !== undefined;
  }
}

function applies(question: ScriptQuestion, intent: Intent | undefined): boolean {
  if (!question.intents) return true;
  return intent !== undefined && question.intents.includes(intent);
}

/** The first question that applies, is not answered, and has not been asked too often. */
export function nextQuestion(
  script: QualificationScript,
  profile: Profile,
  asked: Partial<Record<Slot, number>>,
): ScriptQuestion | null {
  for (const question of script.questions) {
    if (!applies(question, profile.intent)) continue;
    if (slotKnown(profile, question.slot)) continue;
    if ((asked[question.slot] ?? 0) >= MAX_ASKS) continue;
    return question;
  }
  return null;
}

/**
 * Qualified: the intent and every required question that applies are answered, or were asked as often
 * as they may be (a lead who keeps a budget to themselves can still be qualified on the rest).
 */
export function isQualified(
  script: QualificationScript,
  profile: Profile,
  asked: Partial<Record<Slot, number>>,
): boolean {
  if (profile.intent === undefined) return false;
  const areaOptional = qualifiesWithoutArea(script, profile);
  return script.questions.every(
    (question) =>
      !question.required ||
      !applies(question, profile.intent) ||
      slotKnown(profile, question.slot) ||
      (areaOptional && question.slot === 'areas') ||
      (asked[question.slot] ?? 0) >= MAX_ASKS,
  );
}

/**
 * The script's rule for a lead ready to move: intent, budget, financing and a near timeline are
 * what an agent needs to act; where to look is worked out with the agent. Financing applies to buyers
 * only, and only a pre-approval or cash counts (not "still waiting on the letter").
 */
export function qualifiesWithoutArea(script: QualificationScript, profile: Profile): boolean {
  const rule = script.qualifyWithoutArea;
  if (!rule.enabled || profile.intent === undefined) return false;
  const timeline = profile.timelineMonths;
  if (timeline === undefined || timeline > rule.withinMonths) return false;
  if (!slotKnown(profile, 'budget')) return false;
  const buys = profile.intent === 'buy' || profile.intent === 'both';
  return !buys || profile.preApproved === true;
}
