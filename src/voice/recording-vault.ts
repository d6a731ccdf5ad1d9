import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { keyringOf, openingKeys, type SecretSource } from '../platform/keyring.js';

/**
 * Call recordings at rest: one file per call under `DATA_DIR/recordings/<workspace>/`, sealed with
 * AES-256-GCM under the key that seals the product's secrets (derived from APP_SECRET, rotated with it).
 * Layout: `CCR1` | key id (8 ASCII hex) | iv (12) | tag (16) | ciphertext. The column keeps the path
 * relative to DATA_DIR, never an absolute one.
 */
const MAGIC = Buffer.from('CCR1', 'ascii');
const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER = MAGIC.length + KEY_ID_BYTES + IV_BYTES + TAG_BYTES;

export class RecordingUnreadableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordingUnreadableError';
  }
}

export function sealRecording(secrets: SecretSource, audio: Buffer): Buffer {
  const { current } = keyringOf(secrets);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', current.key, iv);
  const ciphertext = Buffer.concat([cipher.update(audio), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.from(current.id, 'ascii'), iv, cipher.getAuthTag(), ciphertext]);
}

export function openRecording(secrets: SecretSource, sealed: Buffer): Buffer {
  if (sealed.length < HEADER || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new RecordingUnreadableError('Not a sealed recording');
  }
  const keyId = sealed.subarray(MAGIC.length, MAGIC.length + KEY_ID_BYTES).toString('ascii');
  const key = openingKeys(keyringOf(secrets)).find((k) => k.id === keyId);
  if (!key)
    throw new RecordingUnreadableError(
      `The recording was sealed under key ${keyId}, which is not configured`,
    );
  const ivAt = MAGIC.length + KEY_ID_BYTES;
  const decipher = createDecipheriv('aes-256-gcm', key.key, sealed.subarray(ivAt, ivAt + IV_BYTES));
  decipher.setAuthTag(sealed.subarray(ivAt + IV_BYTES, HEADER));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER)), decipher.final()]);
  } catch {
    throw new RecordingUnreadableError('The recording is damaged');
  }
}

/** Where a call's recording lives, relative to DATA_DIR. */
export function recordingFile(workspaceId: string, callId: string): string {
  const safe = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '');
  return path.join('recordings', safe(workspaceId), `${safe(callId)}.mp3.sealed`);
}

function absolute(dataDir: string, relative: string): string {
  const full = path.resolve(dataDir, relative);
  const root = path.resolve(dataDir, 'recordings');
  if (!full.startsWith(`${root}${path.sep}`)) throw new RecordingUnreadableError('Not a recording path');
  return full;
}

/** Writes the sealed audio atomically (temp file, then rename) and returns its relative path. */
export async function writeRecording(
  props: { dataDir: string; secrets: SecretSource; workspaceId: string; callId: string },
  audio: Buffer,
): Promise<string> {
  const relative = recordingFile(props.workspaceId, props.callId);
  const full = absolute(props.dataDir, relative);
  await mkdir(path.dirname(full), { recursive: true, mode: 0o700 });
  const temp = `${full}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, sealRecording(props.secrets, audio), { mode: 0o600 });
  await rename(temp, full);
  return relative;
}

export async function readRecording(
  props: { dataDir: string; secrets: SecretSource },
  relative: string,
): Promise<Buffer> {
  return openRecording(props.secrets, await readFile(absolute(props.dataDir, relative)));
}

export async function deleteRecordingFile(dataDir: string, relative: string): Promise<void> {
  await rm(absolute(dataDir, relative), { force: true });
}
