import { z } from 'zod';

export const leadFormParams = z.strictObject({ workspaceSlug: z.string().min(1).max(100) });

export const leadFormQuery = z.object({
  source: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'letters, digits, dots, dashes and underscores')
    .optional()
    .describe('Lead source recorded for submissions (default: website-form)'),
});

/** Limits mirror the form's maxlength attributes, so a browser never sends what is refused here. */
export const FORM_LIMITS = { name: 200, phone: 40, email: 254, message: 2000 } as const;

// Not strict: a form is posted by browsers and bots alike, and a stray field is no reason to lose a lead.
export const leadFormBody = z.object({
  name: z.string().max(FORM_LIMITS.name).optional(),
  phone: z.string().max(FORM_LIMITS.phone).optional(),
  email: z.string().max(FORM_LIMITS.email).optional(),
  message: z.string().max(FORM_LIMITS.message).optional(),
  sms_consent: z.string().max(10).optional().describe('Present only when the person ticked the box'),
  disclosure_version: z.string().max(100).optional(),
  voice_consent: z.string().max(10).optional().describe('Present only when the person ticked the calls box'),
  voice_disclosure_version: z.string().max(100).optional(),
  page: z.string().max(2000).optional().describe('The page the form was shown on'),
  website: z.string().max(2000).optional().describe('Honeypot: left empty by people'),
});

export type LeadFormBody = z.infer<typeof leadFormBody>;
