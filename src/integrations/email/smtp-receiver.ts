import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream } from 'smtp-server';
import type { AppContext } from '../../http/context.js';
import { receiveLeadEmail, sourceForAddress } from '../inbound.service.js';

export interface LeadEmailReceiver {
  port: number;
  close(): Promise<void>;
}

const smtpError = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

/**
 * The built-in SMTP receiver: each workspace's lead address is `<token>@<LEAD_EMAIL_DOMAIN>`. A recipient
 * that is no enabled lead address is refused at RCPT; a message is answered 250 only once it is stored
 * for every recipient, and 451 (try again later) when it could not be, so the sender keeps it meanwhile.
 */
export async function startLeadEmailReceiver(
  ctx: AppContext,
  options: { port: number; host: string },
): Promise<LeadEmailReceiver> {
  const log = ctx.logger.child({ category: 'lead-email' });
  const maxBytes = ctx.config.leadSources.emailMaxBytes;
  const server = new SMTPServer({
    name: ctx.config.leadSources.emailDomain,
    banner: 'lead mail',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      sourceForAddress(ctx, address.address)
        .then((source) => callback(source ? undefined : smtpError(550, 'No such lead address')))
        .catch((error: unknown) => {
          log.error({ err: error }, 'lead address lookup failed');
          callback(smtpError(451, 'Try again later'));
        });
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(smtpError(552, `Message exceeds the ${maxBytes} bytes a lead email may have`));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        storeForRecipients(ctx, session.envelope.rcptTo, raw)
          .then((ids) => callback(null, `Queued as ${ids.join(',')}`))
          .catch((error: unknown) => {
            log.error({ err: error }, 'a lead email could not be stored');
            callback(smtpError(451, 'Try again later'));
          });
      });
    },
  });
  server.on('error', (error) => log.error({ err: error }, 'SMTP receiver error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  log.info({ port }, 'lead email receiver listening');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function storeForRecipients(
  ctx: AppContext,
  recipients: readonly SMTPServerAddress[],
  raw: string,
): Promise<string[]> {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const recipient of recipients) {
    const source = await sourceForAddress(ctx, recipient.address);
    if (!source || seen.has(source.id)) continue;
    seen.add(source.id);
    ids.push((await receiveLeadEmail(ctx, { source, raw })).payloadId);
  }
  return ids;
}
