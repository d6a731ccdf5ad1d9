import { HELP_KEYWORDS, START_KEYWORDS, STOP_KEYWORDS } from '../../consent/data/opt-out-lexicon.js';
import { formDisclosure } from '../../leads/lead-form.service.js';
import { renderTemplate, type WorkspaceMessaging } from '../messaging.settings.js';
import type { Campaign } from './a2p.schema.js';

export interface CampaignSource {
  messaging: WorkspaceMessaging;
  slug: string;
  publicUrl: string;
}

export const formUrlOf = (publicUrl: string, slug: string) => `${publicUrl}/f/${encodeURIComponent(slug)}`;
export const proofUrlOf = (publicUrl: string, slug: string) =>
  `${publicUrl}/opt-in/${encodeURIComponent(slug)}`;

/** A template's merge fields as a reviewer reads them: `{firstName}` → `[first name]`. */
function bracketed(template: string, known: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    if (known[key] !== undefined) return match;
    return `[${key.replace(/([A-Z])/g, ' $1').toLowerCase()}]`;
  });
}

/** The single words the keyword handler answers, as carriers list them. */
const keywords = (set: ReadonlySet<string>) =>
  [...set].filter((word) => !word.includes(' ')).map((word) => word.toUpperCase());

const OPT_OUT = 'Reply STOP to opt out.';

/**
 * The campaign Twilio and the carriers review, generated from what the workspace really sends: the first
 * response, HELP and START answers are its own templates (merge fields shown in brackets), the opt-in is the
 * hosted form's checkbox with its disclosure, and the public proof page shows both.
 */
export function generateCampaign({ messaging, slug, publicUrl }: CampaignSource): Campaign {
  const { settings } = messaging;
  const businessName = settings.businessName ?? messaging.workspaceName;
  const fields = { businessName, supportContact: settings.supportContact ?? `the ${businessName} team` };
  const render = (template: string) => renderTemplate(bracketed(template, fields), fields);
  const intro = render(settings.introTemplate);
  const first = render(settings.firstResponseTemplate.replace('{intro}', intro));
  const firstSample = /\bSTOP\b/.test(first) ? first : `${first} ${OPT_OUT}`;
  const samples = [firstSample, render(settings.helpTemplate), render(settings.startTemplate)].filter(
    (sample, index, all) => sample.length >= 20 && all.indexOf(sample) === index,
  );
  const formUrl = formUrlOf(publicUrl, slug);
  const proofUrl = proofUrlOf(publicUrl, slug);
  const disclosure = formDisclosure(businessName).text;
  const links = samples.some((sample) => /https?:\/\//.test(sample));
  const phones = samples.some((sample) => /\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/.test(sample));
  return {
    usecase: 'LOW_VOLUME',
    description:
      `${businessName} is a real estate business. Its automated assistant texts people who asked about ` +
      'buying, selling or renting a home through its inquiry form: it answers their questions about the ' +
      'property and the market, asks a few questions to understand what they need, books viewings and calls ' +
      'with an agent, and sends reminders of booked appointments. No marketing is sent on this campaign.',
    messageFlow:
      `People opt in on ${businessName}'s inquiry form (${formUrl}), which can also be embedded in its own ` +
      'website. Beside the phone field is an unchecked box, separate from any other terms, with this ' +
      `disclosure: "${disclosure}" Only people who check the box are texted, and the first text names the ` +
      `business and how to stop. The form and its disclosure as shown, with the SMS terms, are at ${proofUrl}.`,
    messageSamples: samples.slice(0, 5),
    optInMessage: render(settings.startTemplate),
    optOutMessage: render(settings.stopTemplate),
    helpMessage: render(settings.helpTemplate),
    optInKeywords: keywords(START_KEYWORDS),
    optOutKeywords: keywords(STOP_KEYWORDS),
    helpKeywords: keywords(HELP_KEYWORDS),
    hasEmbeddedLinks: links,
    hasEmbeddedPhone: phones,
    formUrl,
    proofUrl,
  };
}
