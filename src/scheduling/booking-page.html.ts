import { escapeHtml, htmlPage } from '../http/html-page.js';
import type { BookingPageResult, BookingPageView } from './booking-page.service.js';

// The booking page: plain HTML forms and inline CSS, no script (our CSP allows none inline).
// Each time is its own small form, so picking one is a single click that posts it.

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.4rem;margin:0 0 .3rem}
h2{font-size:1.05rem;margin:1.2rem 0 .4rem}
.meta{color:#52606d;margin:0 0 1rem}
.times{display:flex;flex-wrap:wrap;gap:.5rem;margin:0;padding:0;list-style:none}
.times form{margin:0}
button{padding:.5rem .9rem;font:inherit;font-weight:600;color:#1d4ed8;background:#eff6ff;border:1px solid #1d4ed8;border-radius:.4rem;cursor:pointer}
button:focus{outline:3px solid #2563eb;outline-offset:2px}
.error{border:1px solid #b91c1c;background:#fef2f2;color:#7f1d1d;padding:.7rem .9rem;border-radius:.4rem}
.ok{border:1px solid #15803d;background:#f0fdf4;color:#14532d;padding:.7rem .9rem;border-radius:.4rem}
nav{display:flex;justify-content:space-between;margin-top:1.5rem}
`;

function page(title: string, content: string): string {
  return htmlPage({ title, style: STYLE, content, noReferrer: true });
}

export function renderBookingPage(props: {
  view: BookingPageView;
  action: string;
  /** The page's own address without a query, for the week links. */
  base: string;
  tz: string | undefined;
  error?: string | undefined;
}): string {
  const { view } = props;
  const keep = props.tz ? `&tz=${encodeURIComponent(props.tz)}` : '';
  const days = view.days
    .map(
      (day) => `<h2>${escapeHtml(day.label)}</h2>
<ul class="times">
${day.slots
  .map(
    (slot) => `<li><form method="post" action="${escapeHtml(props.action)}">
<input type="hidden" name="start" value="${escapeHtml(slot.start)}">
<button type="submit" aria-label="${escapeHtml(`${day.label} at ${slot.label}`)}">${escapeHtml(slot.label)}</button>
</form></li>`,
  )
  .join('\n')}
</ul>`,
    )
    .join('\n');
  const nav = [
    view.previous
      ? `<a href="${escapeHtml(`${props.base}?day=${view.previous}${keep}`)}">&larr; Earlier</a>`
      : '<span></span>',
    view.next ? `<a href="${escapeHtml(`${props.base}?day=${view.next}${keep}`)}">Later &rarr;</a>` : '',
  ].join('\n');
  const booked = view.booked
    ? `<p class="ok" role="status">You are booked for ${escapeHtml(view.booked.when)}${
        view.booked.agentName ? ` with ${escapeHtml(view.booked.agentName)}` : ''
      }. To move it, pick another time below.</p>`
    : '';
  return page(
    `${view.typeName} — ${view.businessName}`,
    `<h1>${escapeHtml(view.typeName)} with ${escapeHtml(view.businessName)}</h1>
<p class="meta">${view.durationMinutes} minutes${view.where ? `, ${escapeHtml(view.where)}` : ''}. Times are in ${escapeHtml(view.zone)}.</p>
${props.error ? `<p class="error" role="alert">${escapeHtml(props.error)}</p>` : ''}
${booked}
${days || '<p>No times are free this week. Try later dates, or reply to our text and we will find one.</p>'}
<nav>${nav}</nav>`,
  );
}

export function renderBookedPage(result: BookingPageResult): string {
  const heading = result.rescheduled ? 'Your appointment has moved' : 'You are booked';
  return page(
    heading,
    `<h1>${heading}</h1>
<p class="ok" role="status">${escapeHtml(result.typeName)}${
      result.agentName ? ` with ${escapeHtml(result.agentName)}` : ''
    }, ${escapeHtml(result.when)}${result.where ? `, ${escapeHtml(result.where)}` : ''}.</p>
<p>We will text you a reminder. Reply to our texts if anything changes.</p>`,
  );
}

export function renderBookingErrorPage(props: { title: string; message: string }): string {
  return page(
    props.title,
    `<h1>${escapeHtml(props.title)}</h1>\n<p role="alert">${escapeHtml(props.message)}</p>`,
  );
}
