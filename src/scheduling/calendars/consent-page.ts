const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The page Google's redirect lands on: no script, nothing but the outcome. */
export function consentPage(props: { ok: true } | { ok: false; message: string }): string {
  const title = props.ok ? 'Google Calendar connected' : 'Google Calendar was not connected';
  const message = props.ok
    ? 'New and changed appointments now appear in your Google Calendar, and busy times there keep slots free. You can close this window.'
    : props.message;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2933}h1{font-size:1.4rem}</style></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body>
</html>
`;
}
