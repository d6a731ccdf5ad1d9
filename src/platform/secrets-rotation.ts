import { AI_SECTION } from '../conversations/ai/ai-settings.schema.js';
import type { Db, Trx } from '../db/database.js';
import { rotateFubSecrets, rotateWebhookEndpointSecrets } from '../integrations/integrations.rotation.js';
import { rotateA2pEins } from '../messaging/a2p/a2p.rotation.js';
import { SMS_PROVIDER_SECTION } from '../messaging/provider-settings.repository.js';
import { rotateSettingsSecrets } from '../messaging/provider-settings.rotation.js';
import { decryptSecret, encryptSecret, SealedSecretError, sealedUnderCurrentKey } from './crypto.js';
import type { SecretSource } from './keyring.js';

/** What one sealed column held: values looked at, values sealed again under the current key. */
export interface RotatedColumn {
  column: string;
  examined: number;
  resealed: number;
}

export interface RotationOutcome {
  columns: RotatedColumn[];
  examined: number;
  resealed: number;
}

/** A sealed value none of the configured secrets opens; names the column and row so it can be dealt with. */
export class RotationError extends Error {
  constructor(
    readonly column: string,
    readonly rowId: string,
    cause: SealedSecretError,
  ) {
    super(`${column} of row ${rowId}: ${cause.message}`);
    this.name = 'RotationError';
  }
}

type Reseal = (sealed: string) => string | undefined;

/** Every column that holds values sealed with encryptSecret, each resealed in one transaction of its own. */
const sealedColumns: ReadonlyArray<{
  column: string;
  rotate: (trx: Trx, reseal: Reseal) => Promise<Counts>;
}> = [
  { column: 'calendar_connections.credentials', rotate: rotateCalendarCredentials },
  { column: 'calendar_oauth_states.code_verifier', rotate: rotateOauthVerifiers },
  { column: 'workspaces.settings (demo credentials)', rotate: rotateDemoSettings },
  { column: 'privacy_requests.identifier_sealed, note_sealed', rotate: rotatePrivacyRequests },
  {
    column: 'workspaces.settings (SMS provider auth tokens)',
    rotate: (trx, reseal) =>
      rotateSettingsSecrets(trx, SMS_PROVIDER_SECTION, ['authTokenSealed'], (rowId, sealed) =>
        resealRow(reseal, rowId, sealed),
      ),
  },
  {
    column: 'workspaces.settings (AI provider keys)',
    rotate: (trx, reseal) =>
      rotateSettingsSecrets(trx, AI_SECTION, ['apiKeySealed'], (rowId, sealed) =>
        resealRow(reseal, rowId, sealed),
      ),
  },
  { column: 'lead_sources.secrets_sealed', rotate: rotateLeadSourceSecrets },
  {
    column: 'webhook_endpoints.secret_sealed, previous_secret_sealed',
    rotate: (trx, reseal) =>
      rotateWebhookEndpointSecrets(trx, (rowId, sealed) => resealRow(reseal, rowId, sealed)),
  },
  {
    column: 'fub_connections.api_key_sealed, system_key_sealed',
    rotate: (trx, reseal) => rotateFubSecrets(trx, (rowId, sealed) => resealRow(reseal, rowId, sealed)),
  },
  {
    column: 'a2p_registrations.ein_sealed',
    rotate: (trx, reseal) => rotateA2pEins(trx, (rowId, sealed) => resealRow(reseal, rowId, sealed)),
  },
];

interface Counts {
  examined: number;
  resealed: number;
}

/**
 * Seals every secret at rest under the current APP_SECRET, opening old values with APP_SECRET_PREVIOUS.
 * Values already under the current key are left alone, so a second run changes nothing. A value no
 * configured secret opens stops the run with a RotationError; the tables already done stay done.
 */
export async function rotateSecrets(db: Db, secrets: SecretSource): Promise<RotationOutcome> {
  const columns: RotatedColumn[] = [];
  for (const { column, rotate } of sealedColumns) {
    const counts = await db.transaction().execute((trx) =>
      rotate(trx, (sealed) => {
        if (sealedUnderCurrentKey(secrets, sealed)) return undefined;
        return encryptSecret(secrets, decryptSecret(secrets, sealed));
      }).catch((error: unknown) => {
        if (error instanceof RowFailure) throw new RotationError(column, error.rowId, error.cause);
        throw error;
      }),
    );
    columns.push({ column, ...counts });
  }
  return {
    columns,
    examined: columns.reduce((sum, c) => sum + c.examined, 0),
    resealed: columns.reduce((sum, c) => sum + c.resealed, 0),
  };
}

class RowFailure extends Error {
  constructor(
    readonly rowId: string,
    override readonly cause: SealedSecretError,
  ) {
    super(cause.message);
  }
}

function resealRow(reseal: Reseal, rowId: string, sealed: string): string | undefined {
  try {
    return reseal(sealed);
  } catch (error) {
    if (error instanceof SealedSecretError) throw new RowFailure(rowId, error);
    throw error;
  }
}

async function rotateCalendarCredentials(trx: Trx, reseal: Reseal): Promise<Counts> {
  const rows = await trx
    .selectFrom('calendarConnections')
    .select(['id', 'credentials'])
    .where('credentials', 'is not', null)
    .execute();
  let resealed = 0;
  for (const row of rows) {
    const next = row.credentials ? resealRow(reseal, row.id, row.credentials) : undefined;
    if (next === undefined || row.credentials === null) continue;
    // Only if unchanged since read: a token refresh meanwhile wrote under the current key already.
    const result = await trx
      .updateTable('calendarConnections')
      .set({ credentials: next })
      .where('id', '=', row.id)
      .where('credentials', '=', row.credentials)
      .executeTakeFirst();
    resealed += Number(result.numUpdatedRows);
  }
  return { examined: rows.length, resealed };
}

/** Meta's app secret and page token of each Meta lead source. */
async function rotateLeadSourceSecrets(trx: Trx, reseal: Reseal): Promise<Counts> {
  const rows = await trx
    .selectFrom('leadSources')
    .select(['id', 'secretsSealed'])
    .where('secretsSealed', 'is not', null)
    .execute();
  let resealed = 0;
  for (const row of rows) {
    const next = row.secretsSealed ? resealRow(reseal, row.id, row.secretsSealed) : undefined;
    if (next === undefined || row.secretsSealed === null) continue;
    const result = await trx
      .updateTable('leadSources')
      .set({ secretsSealed: next })
      .where('id', '=', row.id)
      .where('secretsSealed', '=', row.secretsSealed)
      .executeTakeFirst();
    resealed += Number(result.numUpdatedRows);
  }
  return { examined: rows.length, resealed };
}

async function rotateOauthVerifiers(trx: Trx, reseal: Reseal): Promise<Counts> {
  const rows = await trx.selectFrom('calendarOauthStates').select(['id', 'codeVerifier']).execute();
  let resealed = 0;
  for (const row of rows) {
    const next = resealRow(reseal, row.id, row.codeVerifier);
    if (next === undefined) continue;
    const result = await trx
      .updateTable('calendarOauthStates')
      .set({ codeVerifier: next })
      .where('id', '=', row.id)
      .where('codeVerifier', '=', row.codeVerifier)
      .executeTakeFirst();
    resealed += Number(result.numUpdatedRows);
  }
  return { examined: rows.length, resealed };
}

const DEMO_SEALED_KEYS = ['sealedPassword', 'sealedApiKey'] as const;

function rotateDemoSettings(trx: Trx, reseal: Reseal): Promise<Counts> {
  return rotateSettingsSecrets(trx, 'demo', DEMO_SEALED_KEYS, (rowId, sealed) =>
    resealRow(reseal, rowId, sealed),
  );
}

async function rotatePrivacyRequests(trx: Trx, reseal: Reseal): Promise<Counts> {
  const rows = await trx
    .selectFrom('privacyRequests')
    .select(['id', 'identifierSealed', 'noteSealed'])
    .where((eb) => eb.or([eb('identifierSealed', 'is not', null), eb('noteSealed', 'is not', null)]))
    .execute();
  let examined = 0;
  let resealed = 0;
  for (const row of rows) {
    const patch: { identifierSealed?: string; noteSealed?: string } = {};
    for (const key of ['identifierSealed', 'noteSealed'] as const) {
      const sealed = row[key];
      if (sealed === null) continue;
      examined += 1;
      const next = resealRow(reseal, row.id, sealed);
      if (next !== undefined) patch[key] = next;
    }
    if (Object.keys(patch).length === 0) continue;
    // Only if unchanged since read: a request finished meanwhile has its sealed values cleared.
    const result = await trx
      .updateTable('privacyRequests')
      .set(patch)
      .where('id', '=', row.id)
      .where((eb) =>
        eb.and([
          row.identifierSealed === null
            ? eb('identifierSealed', 'is', null)
            : eb('identifierSealed', '=', row.identifierSealed),
          row.noteSealed === null ? eb('noteSealed', 'is', null) : eb('noteSealed', '=', row.noteSealed),
        ]),
      )
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) resealed += Object.keys(patch).length;
  }
  return { examined, resealed };
}
