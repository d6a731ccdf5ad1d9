import type { DbOrTrx } from '../db/database.js';
import type { NewUserRow, Role, UserRow, UsersTable } from './workspaces.table.js';

type UserPatch = Partial<Omit<UsersTable, 'id' | 'workspaceId' | 'createdAt'>>;

export async function insertUser(db: DbOrTrx, row: NewUserRow): Promise<UserRow> {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findUser(
  db: DbOrTrx,
  workspaceId: string,
  userId: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function listUsers(db: DbOrTrx, workspaceId: string): Promise<UserRow[]> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export async function updateUser(
  db: DbOrTrx,
  workspaceId: string,
  userId: string,
  patch: UserPatch,
): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set(patch)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirst();
}

export async function countActiveUsersWithRole(
  db: DbOrTrx,
  workspaceId: string,
  role: Role,
): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workspaceId', '=', workspaceId)
    .where('role', '=', role)
    .where('disabledAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

// Sign-in and sessions reach a user before any workspace is known (emails are unique across the
// platform, and operators belong to none), so the functions below are keyed by the user alone.

export async function findUserByEmail(db: DbOrTrx, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: DbOrTrx, userId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export async function updateUserCredentials(db: DbOrTrx, userId: string, patch: UserPatch): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', userId).execute();
}
