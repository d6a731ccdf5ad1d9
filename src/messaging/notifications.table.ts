import type { Selectable } from 'kysely';

/** Which team notes a user has opened in the dashboard's list; a note with no row here is unread. */
export interface NotificationReadsTable {
  notificationId: string;
  userId: string;
  workspaceId: string;
  readAt: string;
}

export type NotificationReadRow = Selectable<NotificationReadsTable>;
