import type { DbOrTrx } from '../db/database.js';
import type { BookingLinkRow } from './scheduling.table.js';

export async function insertBookingLink(db: DbOrTrx, row: BookingLinkRow): Promise<void> {
  await db.insertInto('bookingLinks').values(row).execute();
}

/** The link behind a token, from any workspace: the token is the credential, and names its workspace. */
export function findBookingLinkByHash(db: DbOrTrx, tokenHash: string): Promise<BookingLinkRow | undefined> {
  return db.selectFrom('bookingLinks').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
}

export async function attachAppointment(
  db: DbOrTrx,
  props: { workspaceId: string; linkId: string; appointmentId: string },
): Promise<void> {
  await db
    .updateTable('bookingLinks')
    .set({ appointmentId: props.appointmentId })
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', props.linkId)
    .execute();
}
