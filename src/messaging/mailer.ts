import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { AppContext } from '../http/context.js';

export type MailResult =
  | { ok: true }
  | { ok: false; configured: false }
  /** `reason` is the SMTP answer code, else the connection error's code; a 5xx answer is final. */
  | { ok: false; configured: true; reason: number | string; retryable: boolean };

/** Sends one email through SMTP_URL from the configured sender, on a connection of its own. */
export async function sendMail(ctx: AppContext, message: Omit<SendMailOptions, 'from'>): Promise<MailResult> {
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
    return { ok: true };
  } catch (error) {
    const { responseCode, code } = error as { responseCode?: number; code?: string };
    return {
      ok: false,
      configured: true,
      reason: responseCode ?? code ?? 'failed',
      retryable: !(responseCode && responseCode >= 500),
    };
  } finally {
    transport.close();
  }
}
