import { escapeHtml, htmlPage } from '../http/html-page.js';
import type { PrivacyRequestKind } from './privacy.table.js';

// The public privacy request pages: plain HTML and inline CSS, no script, like the lead form.

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#fff}
main{max-width:36rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.4rem;margin:0 0 1rem}
label,legend{display:block;font-weight:600;margin:.9rem 0 .3rem}
fieldset{border:0;padding:0;margin:0}
.choice{display:flex;gap:.5rem;align-items:flex-start;font-weight:400;margin:.25rem 0}
input[type=text],input[type=tel],input[type=email],select,textarea{width:100%;padding:.6rem .7rem;font:inherit;color:inherit;border:1px solid #7b8794;border-radius:.4rem}
textarea{min-height:5rem;resize:vertical}
input:focus,select:focus,textarea:focus,button:focus{outline:3px solid #2563eb;outline-offset:2px}
.hint{color:#52606d;font-size:.9rem;margin:.2rem 0 0}
.error{border:1px solid #b91c1c;background:#fef2f2;color:#7f1d1d;padding:.7rem .9rem;border-radius:.4rem}
button{margin-top:1.2rem;padding:.7rem 1.4rem;font:inherit;font-weight:600;color:#fff;background:#1d4ed8;border:0;border-radius:.4rem;cursor:pointer}
`;

function page(title: string, content: string): string {
  return htmlPage({ title, style: STYLE, content });
}

export const KIND_LABELS: Record<PrivacyRequestKind, string> = {
  access: 'See the data you hold about me',
  portability: 'Send me a copy of my data to take elsewhere',
  correction: 'Correct my data',
  deletion: 'Delete my data',
  restriction: 'Stop processing my data for now (no texts, no calls)',
  opt_out_of_sale: 'Do not sell or share my data',
};

const JURISDICTION_LABELS = {
  gdpr: 'The EU, the UK or the EEA',
  ccpa: 'California',
  other: 'Somewhere else',
} as const;

export interface RequestFormValues {
  kind?: string | undefined;
  jurisdiction?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  details?: string | undefined;
}

const alert = (error: string | undefined) =>
  error ? `<p class="error" role="alert" id="form-error">${escapeHtml(error)}</p>` : '';

export function renderRequestForm(props: {
  businessName: string;
  action: string;
  values?: RequestFormValues;
  error?: string;
}): string {
  const values = props.values ?? {};
  const business = escapeHtml(props.businessName);
  const kinds = Object.entries(KIND_LABELS)
    .map(
      ([kind, label]) =>
        `<label class="choice"><input type="radio" name="kind" value="${kind}"${values.kind === kind ? ' checked' : ''} required> ${escapeHtml(label)}</label>`,
    )
    .join('\n');
  const places = Object.entries(JURISDICTION_LABELS)
    .map(
      ([value, label]) =>
        `<option value="${value}"${(values.jurisdiction ?? 'other') === value ? ' selected' : ''}>${escapeHtml(label)}</option>`,
    )
    .join('');
  return page(
    `Your data at ${props.businessName}`,
    `<h1>Your data at ${business}</h1>
<p>Ask to see, copy, correct, restrict or delete what ${business} holds about you. We check it is you with a
one-time code sent to the phone number or email address we have on file.</p>
${alert(props.error)}
<form method="post" action="${escapeHtml(props.action)}"${props.error ? ' aria-describedby="form-error"' : ''}>
<fieldset>
<legend>What would you like?</legend>
${kinds}
</fieldset>
<label for="jurisdiction">Where do you live?</label>
<select id="jurisdiction" name="jurisdiction">${places}</select>
<label for="phone">Mobile phone</label>
<input type="tel" id="phone" name="phone" autocomplete="tel" inputmode="tel" maxlength="40" value="${escapeHtml(values.phone ?? '')}" aria-describedby="reach-hint">
<label for="email">Or email</label>
<input type="email" id="email" name="email" autocomplete="email" maxlength="254" value="${escapeHtml(values.email ?? '')}" aria-describedby="reach-hint">
<p class="hint" id="reach-hint">The one you gave us. If you give both, we use the phone.</p>
<label for="details">Anything we should know (for a correction: what is wrong)</label>
<textarea id="details" name="details" maxlength="2000">${escapeHtml(values.details ?? '')}</textarea>
<button type="submit">Continue</button>
</form>`,
  );
}

export function renderCodePage(props: {
  businessName: string;
  action: string;
  ticket: string;
  error?: string;
}): string {
  return page(
    'Enter your code',
    `<h1>Enter your code</h1>
<p role="status">If we have that phone number or email address on file, we have just sent it a 6-digit code.
It works for 15 minutes.</p>
${alert(props.error)}
<form method="post" action="${escapeHtml(props.action)}"${props.error ? ' aria-describedby="form-error"' : ''}>
<input type="hidden" name="ticket" value="${escapeHtml(props.ticket)}">
<label for="code">Code</label>
<input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">Verify</button>
</form>`,
  );
}

export function renderDonePage(props: {
  businessName: string;
  kind: PrivacyRequestKind;
  dueAt: string;
}): string {
  const business = escapeHtml(props.businessName);
  const due = new Date(props.dueAt).toUTCString().slice(0, 16);
  const text =
    props.kind === 'opt_out_of_sale'
      ? `Recorded. ${business} never sells or shares your personal data, and will not start.`
      : `Thank you: your request is confirmed. ${business} will answer by ${escapeHtml(due)} at the latest.`;
  return page('Request confirmed', `<h1>Request confirmed</h1>\n<p role="status">${text}</p>`);
}

export function renderMessagePage(props: { title: string; message: string; link?: string }): string {
  const again = props.link ? `\n<p><a href="${escapeHtml(props.link)}">Start again</a></p>` : '';
  return page(
    props.title,
    `<h1>${escapeHtml(props.title)}</h1>\n<p role="alert">${escapeHtml(props.message)}</p>${again}`,
  );
}
