import { z } from 'zod';
import type { Profile, Slot } from './engine.types.js';
import {
  isQualified,
  MAX_ASKS,
  nextQuestion,
  type QualificationScript,
  SLOTS,
  scriptSchema,
} from './script.js';
import { INTENTS, PROPERTY_TYPES } from './understanding/understanding.schema.js';

const amount = z.number().min(0).max(1e10);

/** A lead's facts as the editor's sample profile sets them; every field is optional, as on a real lead. */
export const sampleProfileSchema = z.strictObject({
  intent: z.enum(INTENTS).optional(),
  timelineMonths: z.number().min(0).max(120).optional(),
  budgetMin: amount.optional(),
  budgetMax: amount.optional(),
  preApproved: z.boolean().optional(),
  beds: z.number().min(0).max(100).optional(),
  baths: z.number().min(0).max(100).optional(),
  areas: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  propertyType: z.enum(PROPERTY_TYPES).optional(),
  propertyAddress: z.string().trim().min(1).max(300).optional(),
  moveInDate: z.iso.date().optional().describe("A renter's move-in date"),
  pets: z.boolean().optional().describe('Whether a renter has pets'),
});

export const scriptPreviewBody = z.strictObject({
  script: scriptSchema.optional().describe("A script not saved yet; omit for the workspace's own"),
  hotTimelineMonths: z
    .number()
    .int()
    .min(0)
    .max(24)
    .optional()
    .describe("The handoff threshold to try; omit for the workspace's own"),
  profile: sampleProfileSchema,
  asked: z
    .partialRecord(z.enum(SLOTS), z.number().int().min(0).max(MAX_ASKS))
    .default({})
    .describe('How often each question was asked already; one asked the maximum is not asked again'),
});

export const scriptPreviewResult = z.object({
  next: z
    .object({
      index: z.number().describe("The question's place in the script, from 0"),
      slot: z.enum(SLOTS),
      required: z.boolean(),
      phrasing: z.string().describe('The first way of asking (a lead may get another)'),
    })
    .nullable()
    .describe('null: nothing left to ask'),
  qualified: z.boolean(),
  handoff: z.boolean().describe('Qualified and moving within the hot-lead timeline: an agent takes over now'),
});

export type ScriptPreviewBody = z.output<typeof scriptPreviewBody>;
export type ScriptPreviewResult = z.output<typeof scriptPreviewResult>;

/**
 * What the engine would do next for a lead with this profile: the script's own `nextQuestion` and
 * `isQualified`, and the hot-lead handoff the policy applies after a qualifying answer.
 */
export function previewScript(props: {
  script: QualificationScript;
  hotTimelineMonths: number;
  profile: Profile;
  asked: Partial<Record<Slot, number>>;
}): ScriptPreviewResult {
  const { script, profile, asked } = props;
  const qualified = isQualified(script, profile, asked);
  const timeline = profile.timelineMonths;
  const handoff = qualified && timeline !== undefined && timeline <= props.hotTimelineMonths;
  const question = handoff ? null : nextQuestion(script, profile, asked);
  return {
    next: question
      ? {
          index: script.questions.indexOf(question),
          slot: question.slot,
          required: question.required,
          phrasing: question.phrasings[0] ?? '',
        }
      : null,
    qualified,
    handoff,
  };
}
