import type { A2pError } from './a2p.table.js';

/**
 * What to change for the rejections we know, by Twilio's error code. The causes are Twilio's own
 * (https://www.twilio.com/docs/api/errors/<code>); the advice says where in this product to fix them.
 */
export const A2P_ADVICE: Readonly<Record<number, string>> = {
  30842:
    'No public proof of opt-in was found. The campaign names the opt-in proof page: make sure PUBLIC_URL is ' +
    'reachable from the internet without signing in, open the page yourself, then submit again.',
  30831:
    'Reviewers need express consent, not SMS terms only in the terms of service. Keep the SMS consent box and ' +
    'its disclosure on every form that collects phone numbers (the hosted form has them), link the opt-in ' +
    'proof page from your site, then submit again.',
  30841:
    'The opt-in wording did not clearly ask for consent to texts. Use the hosted form, whose disclosure names ' +
    'text messages, the business, frequency, rates and STOP/HELP, on your site too, then submit again.',
  30837:
    'The opt-in example must be complete and branded. Set the business name in Settings › Messaging so the ' +
    'form and the proof page show it, then submit again.',
  30893:
    "Sample messages did not match the use case. Edit the workspace's message templates so they read like " +
    'the texts you send (business name, STOP), then submit again: samples are drawn from them.',
  30889:
    'The campaign says texts contain phone numbers but no sample shows one, or the reverse. Make the templates ' +
    'and the samples agree, then submit again.',
  30879:
    'The number is not provisioned to Twilio yet (a port in progress?). Wait until it is, then submit again.',
  30702:
    'The brand is no longer active at The Campaign Registry. Check the legal name, EIN and address, then ' +
    'submit again to register a new brand.',
  30899: 'Carriers rejected the campaign. Contact Twilio support with the campaign SID shown here.',
  30900:
    'This use case is not eligible for the brand. A public company must finish Twilio’s Authentication+ ' +
    'first; otherwise contact Twilio support.',
  30902:
    'A carrier’s reviewer rejected the campaign. Contact Twilio support with the campaign SID shown here.',
};

const FALLBACK =
  "Read Twilio's description, correct the brand or campaign detail it names, and submit again.";

export function adviceFor(error: A2pError): { advice: string; docsUrl: string | null } {
  const known = error.code === null ? undefined : A2P_ADVICE[error.code];
  return {
    advice: known ?? FALLBACK,
    docsUrl: error.code === null ? null : `https://www.twilio.com/docs/api/errors/${error.code}`,
  };
}

/**
 * Twilio's `errors` array as it comes (campaigns give `error_code`, brands may give `code`), and a brand's
 * `failure_reason` when that is all there is.
 */
export function readTwilioErrors(errors: unknown, failureReason?: string | null): A2pError[] {
  const list = Array.isArray(errors) ? errors : [];
  const read = list.flatMap((entry): A2pError[] => {
    if (!entry || typeof entry !== 'object') return [];
    const item = entry as Record<string, unknown>;
    const raw = item.error_code ?? item.code;
    const code =
      typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : null;
    const description = typeof item.description === 'string' ? item.description : '';
    const fields = Array.isArray(item.fields)
      ? item.fields.filter((f): f is string => typeof f === 'string')
      : [];
    return [{ code, description, fields }];
  });
  if (read.length === 0 && failureReason) return [{ code: null, description: failureReason, fields: [] }];
  return read;
}
