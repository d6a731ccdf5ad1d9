import type { TestApp } from './app.js';
import { asSession } from './app.js';
import type { Team } from './factories.js';

export interface CreatedSource {
  source: { id: string; kind: string; [key: string]: unknown };
  secrets: { address?: string; url?: string; verifyToken?: string; googleKey?: string };
}

/** A lead source made through the API by the team's owner; its secrets as the answer showed them once. */
export async function createSource(
  t: TestApp,
  team: Team,
  body: Record<string, unknown>,
): Promise<CreatedSource> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/integrations/sources',
    headers: asSession(team.owner.session),
    payload: body,
  });
  if (response.statusCode !== 201) throw new Error(`create source: ${response.statusCode} ${response.body}`);
  return response.json<CreatedSource>();
}

/** The path of a secret URL the API showed, for app.inject. */
export const pathOf = (url: string | undefined): string => {
  if (!url) throw new Error('no URL among the secrets');
  return new URL(url).pathname;
};

export const SMS_DISCLOSURE =
  'By submitting, you agree to receive texts from Test Realty about your inquiry. Msg & data rates may apply. Reply STOP to opt out.';

/** A plain-text MIME message as a mail system would deliver it. */
export function mimeMessage(props: {
  from?: string;
  to?: string;
  subject?: string;
  messageId?: string;
  text: string;
}): string {
  return [
    `From: ${props.from ?? '"Website" <forms@agent-site.example>'}`,
    `To: ${props.to ?? 'leads@example.test'}`,
    `Subject: ${props.subject ?? 'New inquiry'}`,
    ...(props.messageId ? [`Message-ID: ${props.messageId}`] : []),
    'Date: Tue, 13 Jan 2026 15:04:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    props.text,
    '',
  ].join('\r\n');
}

/** The leads, inquiries and texts of a workspace, to check what intake made. */
export async function workspaceLeads(t: TestApp, workspaceId: string) {
  const db = t.ctx.db;
  const leads = await db.selectFrom('leads').selectAll().where('workspaceId', '=', workspaceId).execute();
  const inquiries = await db
    .selectFrom('inquiries')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .execute();
  const contacts = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .execute();
  const messages = await db
    .selectFrom('messages')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .execute();
  return { leads, inquiries, contacts, messages };
}
