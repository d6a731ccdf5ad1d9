import { createHash } from 'node:crypto';
import type { AppContext } from '../http/context.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { notFound } from '../platform/errors.js';
import { findWorkspaceBySlug } from '../workspaces/workspaces.repository.js';
import { type ReceivedLead, receiveLead } from './intake.service.js';
import type { LeadFormBody } from './lead-form.schema.js';

/** Bumped when the wording below changes; the hash in the version tells texts apart in any case. */
const FORM_TEMPLATE_VERSION = 'form-v1';

export interface Disclosure {
  text: string;
  version: string;
}

/**
 * The SMS consent disclosure beside the checkbox, naming the business, the purpose, the frequency,
 * rates, STOP/HELP, and that consent is not a condition of purchase (TCPA, CTIA guidelines). The
 * exact text and its version are what the consent ledger stores as evidence.
 */
export function formDisclosure(businessName: string): Disclosure {
  const text =
    `By checking this box, I agree to receive text messages from ${businessName} about my real estate ` +
    'inquiry, including messages sent using automated technology, at the phone number I provided. ' +
    'Message frequency varies. Msg & data rates may apply. Reply STOP to opt out, HELP for help. ' +
    'Consent is not a condition of purchase.';
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return { text, version: `${FORM_TEMPLATE_VERSION}-${hash}` };
}

/**
 * The voice consent disclosure, beside its own box: calls about the inquiry, including automated calls and
 * an artificial or AI-generated voice (the FCC's 2024 ruling counts AI voices as artificial under the
 * TCPA), how to stop them, and that consent is not a condition of purchase.
 */
export function formVoiceDisclosure(businessName: string): Disclosure {
  const text =
    `By checking this box, I agree that ${businessName} may call me about my real estate inquiry at the ` +
    'phone number I provided, including calls placed with automated technology and calls with an ' +
    'artificial or AI-generated voice. I can say "stop" or press 9 on any call to stop them. ' +
    'Consent is not a condition of purchase.';
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return { text, version: `${FORM_TEMPLATE_VERSION}-voice-${hash}` };
}

export interface LeadForm {
  workspaceId: string;
  slug: string;
  businessName: string;
  disclosure: Disclosure;
  voiceDisclosure: Disclosure;
}

/** The form of an active workspace; an unknown or suspended one is a 404 alike. */
export async function loadLeadForm(ctx: AppContext, slug: string): Promise<LeadForm> {
  // Slugs are lower case; a link typed with capitals still finds the form.
  const workspace = await findWorkspaceBySlug(ctx.db, slug.toLowerCase());
  if (workspace?.status !== 'active') throw notFound('Form');
  const messaging = await loadWorkspaceMessaging(ctx.db, workspace.id);
  const businessName = messaging.settings.businessName ?? workspace.name;
  return {
    workspaceId: workspace.id,
    slug: workspace.slug,
    businessName,
    disclosure: formDisclosure(businessName),
    voiceDisclosure: formVoiceDisclosure(businessName),
  };
}

export interface FormSubmission {
  form: LeadForm;
  body: LeadFormBody;
  source: string;
  ip: string;
  userAgent: string | undefined;
  referer: string | undefined;
}

export type FormOutcome = { kind: 'dropped' } | { kind: 'received'; lead: ReceivedLead; consented: boolean };

export async function submitLeadForm(ctx: AppContext, submission: FormSubmission): Promise<FormOutcome> {
  const { form, body } = submission;
  const given = (value: string | undefined) => value?.trim() || undefined;
  // People never see the honeypot field; form-filling bots fill every field they find.
  if (body.website) return { kind: 'dropped' };
  // Consent counts only for the text the person was shown: a form rendered before the business was
  // renamed carries the old version, and that agreement cannot be shown word for word.
  const consented = body.sms_consent !== undefined && body.disclosure_version === form.disclosure.version;
  const voiceConsented =
    body.voice_consent !== undefined && body.voice_disclosure_version === form.voiceDisclosure.version;
  const lead = await receiveLead(ctx, {
    workspaceId: form.workspaceId,
    channel: 'form',
    source: submission.source,
    name: given(body.name),
    phone: given(body.phone),
    email: given(body.email),
    message: given(body.message),
    consent:
      consented || voiceConsented
        ? {
            sms: consented,
            ...(voiceConsented
              ? {
                  voice: true,
                  voiceDisclosure: form.voiceDisclosure.text,
                  voiceDisclosureVersion: form.voiceDisclosure.version,
                }
              : {}),
            disclosure: consented ? form.disclosure.text : form.voiceDisclosure.text,
            disclosureVersion: consented ? form.disclosure.version : form.voiceDisclosure.version,
            capturedAt: ctx.clock.now().toISOString(),
            ip: submission.ip,
            userAgent: submission.userAgent?.slice(0, 1000),
            pageUrl: (given(body.page) ?? submission.referer)?.slice(0, 2000),
            source: 'form',
          }
        : undefined,
    attemptFirstResponse: true,
  });
  return { kind: 'received', lead, consented };
}
