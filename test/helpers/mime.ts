/**
 * Just enough MIME (RFC 2045/2046) to read what our mails carry: the parts of a multipart message,
 * their headers, and bodies decoded from base64 or quoted-printable.
 */
export interface MimePart {
  headers: Record<string, string>;
  body: string;
}

function splitHeaders(text: string): { headers: Record<string, string>; body: string } {
  const end = text.search(/\r?\n\r?\n/);
  const head = end === -1 ? text : text.slice(0, end);
  const body = end === -1 ? '' : text.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding?.toLowerCase() === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Every leaf part of a raw message, depth first, bodies decoded. */
export function mimeParts(raw: string): MimePart[] {
  const { headers, body } = splitHeaders(raw);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary || !/^multipart\//i.test(headers['content-type'] ?? '')) {
    return [{ headers, body: decode(body, headers['content-transfer-encoding']) }];
  }
  const chunks = body.split(`--${boundary}`).slice(1);
  return chunks
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => mimeParts(chunk.replace(/^\r?\n/, '')));
}

export function mailHeader(raw: string, name: string): string | undefined {
  return splitHeaders(raw).headers[name.toLowerCase()];
}

/** The text/calendar alternative of an invitation mail, with the method its Content-Type names. */
export function calendarPart(raw: string): { method: string | undefined; ics: string } {
  const part = mimeParts(raw).find((p) => /^text\/calendar/i.test(p.headers['content-type'] ?? ''));
  if (!part) throw new Error('the mail has no text/calendar part');
  return { method: /method=([A-Z]+)/i.exec(part.headers['content-type'] ?? '')?.[1], ics: part.body };
}

export function textPart(raw: string): string {
  return mimeParts(raw).find((p) => /^text\/plain/i.test(p.headers['content-type'] ?? ''))?.body ?? '';
}
