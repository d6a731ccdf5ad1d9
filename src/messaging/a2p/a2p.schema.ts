import { z } from 'zod';

/**
 * The kinds of business The Campaign Registry registers, each with its Trust Hub business type and the
 * company type of the A2P messaging profile.
 */
export const ENTITY_TYPES = {
  private_corporation: { businessType: 'Corporation', companyType: 'private' },
  llc: { businessType: 'Limited Liability Corporation', companyType: 'private' },
  partnership: { businessType: 'Partnership', companyType: 'private' },
  public_corporation: { businessType: 'Corporation', companyType: 'public' },
  non_profit: { businessType: 'Non-profit Corporation', companyType: 'non-profit' },
} as const;

export type EntityType = keyof typeof ENTITY_TYPES;

const text = (max: number) => z.string().trim().min(1).max(max);
const usPhone = z
  .string()
  .trim()
  .regex(/^\+1[2-9]\d{9}$/, 'a US number in E.164, like +15125550100');

/** The brand as the workspace's admin enters it. The EIN is write-only: it is sealed and never shown again. */
export const brandBody = z
  .strictObject({
    legalName: text(255).describe('Exactly as on the IRS record for the EIN'),
    entityType: z.enum(Object.keys(ENTITY_TYPES) as [EntityType, ...EntityType[]]),
    ein: z
      .string()
      .trim()
      .regex(/^\d{2}-?\d{7}$/, 'nine digits, like 12-3456789')
      .transform((value) => `${value.replace('-', '').slice(0, 2)}-${value.replace('-', '').slice(2)}`),
    stockExchange: z.enum(['NYSE', 'NASDAQ', 'AMEX', 'TSX', 'OTHER']).optional(),
    stockTicker: z.string().trim().min(1).max(10).optional(),
    address: z.strictObject({
      street: text(200),
      city: text(100),
      region: z
        .string()
        .trim()
        .regex(/^[A-Za-z]{2}$/, 'the two-letter state')
        .transform((value) => value.toUpperCase()),
      postalCode: z
        .string()
        .trim()
        .regex(/^\d{5}(-\d{4})?$/, 'a ZIP code'),
      country: z.literal('US').default('US'),
    }),
    website: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .describe("The business's public site"),
    vertical: z.literal('REAL_ESTATE').default('REAL_ESTATE'),
    brandType: z
      .enum(['LOW_VOLUME_STANDARD', 'STANDARD'])
      .default('LOW_VOLUME_STANDARD')
      .describe('Low volume: under 6,000 message segments a day'),
    contact: z.strictObject({
      firstName: text(80),
      lastName: text(80),
      email: z.email().max(254),
      phone: usPhone,
      title: text(80).describe('Their title at the business'),
      jobPosition: z.enum(['Director', 'GM', 'VP', 'CEO', 'CFO', 'General Counsel', 'Other']),
    }),
  })
  .superRefine((brand, ctx) => {
    if (brand.entityType !== 'public_corporation') return;
    if (!brand.stockExchange) ctx.addIssue({ code: 'custom', path: ['stockExchange'], message: 'required' });
    if (!brand.stockTicker) ctx.addIssue({ code: 'custom', path: ['stockTicker'], message: 'required' });
  });

export type BrandBody = z.output<typeof brandBody>;
/** What is stored in the clear: everything but the EIN. */
export type BrandDetails = Omit<BrandBody, 'ein'>;

export const campaignSchema = z.object({
  usecase: z.literal('LOW_VOLUME').or(z.literal('MIXED')).or(z.literal('CUSTOMER_CARE')),
  description: z.string(),
  messageFlow: z.string(),
  messageSamples: z.array(z.string()).min(2).max(5),
  optInMessage: z.string(),
  optOutMessage: z.string(),
  helpMessage: z.string(),
  optInKeywords: z.array(z.string()),
  optOutKeywords: z.array(z.string()),
  helpKeywords: z.array(z.string()),
  hasEmbeddedLinks: z.boolean(),
  hasEmbeddedPhone: z.boolean(),
  formUrl: z.string(),
  proofUrl: z.string(),
});

export type Campaign = z.infer<typeof campaignSchema>;

export const a2pStatusSchema = z
  .enum(['not_started', 'draft', 'pending', 'approved', 'rejected'])
  .describe(
    'not_started: no brand saved; draft: saved, not submitted; pending: in review; approved: the campaign is verified; rejected: see errors',
  );

export const a2pErrorView = z.object({
  code: z.number().int().nullable().describe("Twilio's error code"),
  description: z.string().describe("Twilio's words"),
  fields: z.array(z.string()),
  advice: z.string().describe('What to change before submitting again'),
  docsUrl: z.string().nullable(),
});

export const registrationView = z.object({
  status: a2pStatusSchema,
  stage: z.enum(['brand', 'campaign']).nullable(),
  enforce: z.boolean().describe('Automated texts from a US long code wait for the approved campaign'),
  brand: z
    .object({
      legalName: z.string(),
      entityType: z.string(),
      einLast4: z.string().describe('The EIN is never shown whole'),
      stockExchange: z.string().optional(),
      stockTicker: z.string().optional(),
      address: z.object({
        street: z.string(),
        city: z.string(),
        region: z.string(),
        postalCode: z.string(),
        country: z.string(),
      }),
      website: z.string(),
      vertical: z.string(),
      brandType: z.string(),
      contact: z.object({
        firstName: z.string(),
        lastName: z.string(),
        email: z.string(),
        phone: z.string(),
        title: z.string(),
        jobPosition: z.string(),
      }),
    })
    .nullable(),
  campaign: campaignSchema.describe('What is submitted: generated from the workspace, or as last submitted'),
  twilio: z.object({
    brandSid: z.string().nullable(),
    brandStatus: z.string().nullable(),
    campaignSid: z.string().nullable(),
    campaignStatus: z.string().nullable(),
    messagingServiceSid: z.string().nullable(),
  }),
  errors: z.array(a2pErrorView),
  submittedAt: z.string().nullable(),
  checkedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
});

export type RegistrationView = z.infer<typeof registrationView>;

export const a2pSettingsBody = z.strictObject({ enforce: z.boolean() });

export const proofParams = z.strictObject({ workspaceSlug: z.string().min(1).max(100) });
