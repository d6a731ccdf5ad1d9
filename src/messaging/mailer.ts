import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { AppContext } from '../http/context.js';
import { recordUsage } from '../jobs/usage.recorder.js';

export type MailResult =
  | { ok: true }
  | { ok: false; configured: false }
  /** `reason` is the SMTP answer code, else the connection error's code; a 5xx answer is final. */
  | { ok: false; configured: true; reason: number | string; retryable: boolean };

/** Whose email it is, and a key derived from its cause, for usage metering. */
export interface MailMeter {
  workspaceId: string;
  key: string;
}

/**
 * Sends one email through SMTP_URL from the configured sender, on a connection of its own. An SMTP send is
 * no transaction of ours, so a sent email is metered (`email_sent`) just after, once per key.
 */
export async function sendMail(
  ctx: AppContext,
  message: Omit<SendMailOptions, 'from'>,
  meter?: MailMeter,
): Promise<MailResult> {
  const smtpUrl = ctx.config.email.smtpUrl;
  if (!smtpUrl) return { ok: false, configured: false };
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({ ...message, from: ctx.config.email.from });
  } catch (error) {
    return failure(error);
  } finally {
    transport.close();
  }
  if (meter) {
    await recordUsage(ctx.db, {
      workspaceId: meter.workspaceId,
      unit: 'email_sent',
      quantity: 1,
      key: `email:${meter.key}`,
      at: ctx.clock.now().toISOString(),
    });
  }
  return { ok: true };
}

function failure(error: unknown): MailResult {
  const { responseCode, code } = error as { responseCode?: number; code?: string };
  return {
    ok: false,
    configured: true,
    reason: responseCode ?? code ?? 'failed',
    retryable: !(responseCode && responseCode >= 500),
  };
}
