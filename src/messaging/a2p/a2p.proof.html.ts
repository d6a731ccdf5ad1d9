import { escapeHtml, htmlPage } from '../../http/html-page.js';
import { renderFormPage } from '../../leads/lead-form.html.js';
import type { LeadForm } from '../../leads/lead-form.service.js';
import type { Campaign } from './a2p.schema.js';

const STYLE = `
.proof{border:2px dashed #7b8794;border-radius:.5rem;padding:0 1rem 1rem;margin:1rem 0}
.proof legend{font-weight:600;padding:0 .4rem}
blockquote{margin:.6rem 0;padding:.6rem .9rem;border-left:4px solid #1d4ed8;background:#f5f7fa}
dt{font-weight:600;margin-top:.7rem}
dd{margin:.2rem 0 0}
`;

/** The hosted form's own markup and style, so the proof shows the form exactly as leads see it. */
function formAsShown(form: LeadForm): { style: string; markup: string } {
  const page = renderFormPage({ form, action: `/f/${encodeURIComponent(form.slug)}`, pageUrl: undefined });
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
  const markup = /<main>\n([\s\S]*?)\n<\/main>/.exec(page)?.[1] ?? '';
  return { style, markup };
}

/**
 * The public page a carrier's reviewer opens from the campaign: the hosted lead form with its consent box
 * and disclosure as leads see them (the live form: it works), where it is, and the SMS terms.
 */
export function renderProofPage(props: {
  form: LeadForm;
  campaign: Campaign;
  supportContact: string;
}): string {
  const { form, campaign } = props;
  const business = escapeHtml(form.businessName);
  const shown = formAsShown(form);
  return htmlPage({
    title: `Text messages from ${form.businessName}: how people opt in`,
    style: shown.style + STYLE,
    content: `<h1>Text messages from ${business}</h1>
<p>People who ask ${business} about a home are texted only if they check the SMS consent box on its inquiry form.
The box is unchecked, separate from any other terms, and the disclosure beside it is shown word for word below.
The form is at <a href="${escapeHtml(campaign.formUrl)}">${escapeHtml(campaign.formUrl)}</a> and may also be embedded in ${business}'s own website.</p>
<fieldset class="proof" id="opt-in-form"><legend>The form, as shown to people who inquire</legend>
${shown.markup}
</fieldset>
<h2>The consent disclosure, word for word</h2>
<blockquote id="disclosure">${escapeHtml(form.disclosure.text)}</blockquote>
<h2 id="sms-terms">SMS terms</h2>
<dl>
<dt>Program</dt><dd>${business}'s automated assistant texts about your real estate inquiry: answers, questions about what you are looking for, appointments with an agent and their reminders. No marketing.</dd>
<dt>Frequency</dt><dd>Message frequency varies with the conversation.</dd>
<dt>Cost</dt><dd>Msg &amp; data rates may apply.</dd>
<dt>Stop</dt><dd>Reply STOP at any time to opt out; you will get one confirmation: “${escapeHtml(campaign.optOutMessage)}”</dd>
<dt>Help</dt><dd>Reply HELP for help: “${escapeHtml(campaign.helpMessage)}” You can also reach ${escapeHtml(props.supportContact)}.</dd>
<dt>Consent</dt><dd>Consent is not a condition of purchase. Carriers are not liable for delayed or undelivered messages.</dd>
<dt>Privacy</dt><dd>Mobile numbers and SMS consent are not shared with or sold to third parties or affiliates for marketing.</dd>
</dl>`,
  });
}
