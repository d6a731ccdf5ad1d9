import { escapeHtml, htmlPage } from '../http/html-page.js';
import { FORM_LIMITS } from './lead-form.schema.js';
import type { LeadForm } from './lead-form.service.js';

// The hosted form's pages: plain HTML and inline CSS, no scripts and no external assets, so they
// load fast inside an agent's site and pass our content security policy.

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#fff}
main{max-width:34rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.4rem;margin:0 0 1rem}
label{display:block;font-weight:600;margin:.9rem 0 .3rem}
input[type=text],input[type=tel],input[type=email],textarea{width:100%;padding:.6rem .7rem;font:inherit;color:inherit;border:1px solid #7b8794;border-radius:.4rem}
textarea{min-height:6rem;resize:vertical}
input:focus,textarea:focus,button:focus{outline:3px solid #2563eb;outline-offset:2px}
.hint{color:#52606d;font-size:.9rem;margin:.2rem 0 0}
.consent{display:flex;gap:.6rem;align-items:flex-start;font-weight:400;font-size:.9rem;margin-top:1.2rem}
.consent input{margin-top:.25rem;width:1.15rem;height:1.15rem;flex:none}
.error{border:1px solid #b91c1c;background:#fef2f2;color:#7f1d1d;padding:.7rem .9rem;border-radius:.4rem}
button{margin-top:1.2rem;padding:.7rem 1.4rem;font:inherit;font-weight:600;color:#fff;background:#1d4ed8;border:0;border-radius:.4rem;cursor:pointer}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
`;

function page(title: string, content: string): string {
  return htmlPage({ title, style: STYLE, content });
}

export interface FormValues {
  name?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  message?: string | undefined;
}

export interface FormPageProps {
  form: LeadForm;
  /** Where the form posts, with the source carried along. */
  action: string;
  /** The page showing the form, for the consent evidence. */
  pageUrl: string | undefined;
  values?: FormValues;
  error?: string;
}

const field = (value: string | undefined) => escapeHtml(value ?? '');

/** The consent box is never checked when the page is drawn, not even after an error. */
export function renderFormPage({ form, action, pageUrl, values = {}, error }: FormPageProps): string {
  const business = escapeHtml(form.businessName);
  return page(
    `Contact ${form.businessName}`,
    `<h1>Contact ${business}</h1>
${error ? `<p class="error" role="alert" id="form-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}"${error ? ' aria-describedby="form-error"' : ''}>
<label for="name">Name</label>
<input type="text" id="name" name="name" autocomplete="name" maxlength="${FORM_LIMITS.name}" value="${field(values.name)}">
<label for="phone">Mobile phone</label>
<input type="tel" id="phone" name="phone" autocomplete="tel" inputmode="tel" maxlength="${FORM_LIMITS.phone}" value="${field(values.phone)}" aria-describedby="reach-hint">
<label for="email">Email</label>
<input type="email" id="email" name="email" autocomplete="email" maxlength="${FORM_LIMITS.email}" value="${field(values.email)}" aria-describedby="reach-hint">
<p class="hint" id="reach-hint">A phone number or an email address, so we can reply.</p>
<label for="message">Message</label>
<textarea id="message" name="message" maxlength="${FORM_LIMITS.message}">${field(values.message)}</textarea>
<label class="consent" for="sms_consent">
<input type="checkbox" id="sms_consent" name="sms_consent" value="yes">
<span id="sms-disclosure">${escapeHtml(form.disclosure.text)}</span>
</label>
<label class="consent" for="voice_consent">
<input type="checkbox" id="voice_consent" name="voice_consent" value="yes">
<span id="voice-disclosure">${escapeHtml(form.voiceDisclosure.text)}</span>
</label>
<input type="hidden" name="disclosure_version" value="${escapeHtml(form.disclosure.version)}">
<input type="hidden" name="voice_disclosure_version" value="${escapeHtml(form.voiceDisclosure.version)}">
<input type="hidden" name="page" value="${field(pageUrl)}">
<div class="hp" aria-hidden="true">
<label for="website">Leave this field empty</label>
<input type="text" id="website" name="website" tabindex="-1" autocomplete="off">
</div>
<button type="submit">Send</button>
</form>`,
  );
}

export function renderThanksPage(props: { businessName: string; texting: boolean }): string {
  const business = escapeHtml(props.businessName);
  const next = props.texting
    ? `You will get a text from ${business} shortly. Reply STOP at any time to opt out.`
    : `${business} will be in touch soon.`;
  return page('Thank you', `<h1>Thank you</h1>\n<p role="status">We have your message. ${next}</p>`);
}

export function renderErrorPage(props: { title: string; message: string }): string {
  return page(
    props.title,
    `<h1>${escapeHtml(props.title)}</h1>\n<p role="alert">${escapeHtml(props.message)}</p>`,
  );
}
