import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubString } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination: stream }) };
}

describe('logger redaction', () => {
  it('removes phones, emails, names and bodies by key', () => {
    const { lines, logger } = capture();
    logger.info(
      { phone: '+15125550143', email: 'dana@example.com', body: 'hi', name: 'Dana', leadId: 'x1' },
      'lead in',
    );
    const out = lines.join('');
    expect(out).not.toContain('5125550143');
    expect(out).not.toContain('dana@example.com');
    expect(out).not.toContain('Dana');
    expect(out).toContain('x1');
  });

  it('removes phones and emails written inside free text and errors', () => {
    const { lines, logger } = capture();
    logger.info('texting (512) 555-0143 for dana@example.com');
    logger.error({ err: new Error('duplicate key +1 512 555 0143') }, 'failed');
    logger.info({ nested: { deep: ['call 512.555.0143'] } }, 'nested');
    const out = lines.join('');
    expect(out).not.toMatch(/555.?0143/);
    expect(out).not.toContain('dana@example.com');
  });

  it('leaves timestamps and ids alone', () => {
    expect(scrubString('at 2026-01-15T15:00:00.000Z')).toBe('at 2026-01-15T15:00:00.000Z');
    expect(scrubString('job 01941234-5678-7123-8456-123456789012 done')).toBe(
      'job 01941234-5678-7123-8456-123456789012 done',
    );
  });
});
