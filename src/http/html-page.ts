import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../platform/errors.js';

// The shell of the public server-rendered pages (lead form, booking page, privacy requests): plain HTML
// and inline CSS, no script, so they load fast anywhere and pass our content security policy.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** A whole page: `title` is escaped here; `style` and `content` are trusted HTML. */
export function htmlPage(props: {
  title: string;
  style: string;
  content: string;
  noReferrer?: boolean;
}): string {
  const referrer = props.noReferrer ? '\n<meta name="referrer" content="no-referrer">' : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">${referrer}
<title>${escapeHtml(props.title)}</title>
<style>${props.style}</style>
</head>
<body>
<main>
${props.content}
</main>
</body>
</html>
`;
}

export const sendHtml = (reply: FastifyReply, status: number, body: string) =>
  reply.status(status).type('text/html; charset=utf-8').send(body);

/**
 * The error handler of a set of public pages: errors are pages too. A 5xx is logged as `failed` and never
 * explained; a 404 and a 400 answer in the pages' own words; anything else (413, 422, 429) with its message.
 */
export function htmlErrorHandler(props: {
  failed: string;
  notFound: string;
  invalid: string;
  title: (status: number) => string;
  render: (page: { title: string; message: string }) => string;
  send?: (reply: FastifyReply, status: number, body: string) => FastifyReply;
}) {
  const send = props.send ?? sendHtml;
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = isAppError(error) ? error.status : (error.statusCode ?? 500);
    if (status >= 500) {
      request.log.error({ err: error }, props.failed);
      return send(
        reply,
        500,
        props.render({
          title: 'Sorry',
          message: 'Something went wrong on our side; please try again later.',
        }),
      );
    }
    const message = status === 404 ? props.notFound : status === 400 ? props.invalid : error.message;
    return send(reply, status, props.render({ title: props.title(status), message }));
  };
}
