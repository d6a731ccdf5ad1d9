import { api } from './client.ts';

/** The alert types the server's schemas define, shared so the two sides cannot drift. */
export type AlertChannel = 'push' | 'sms' | 'email';

export interface NotificationItem {
  id: string;
  kind: string;
  subject: string;
  body: string;
  leadId: string | null;
  status: 'pending' | 'sent' | 'failed' | 'logged';
  createdAt: string;
  readAt: string | null;
}

export interface NotificationsPage {
  items: NotificationItem[];
  unreadCount: number;
  nextCursor: string | null;
}

export interface AlertReach {
  alertsOn: boolean;
  deliverable: boolean;
  problems: Array<{ code: string; message: string }>;
  unreachable: Array<{ id: string; name: string }>;
}

export const listNotifications = (signal?: AbortSignal, before?: string) =>
  api<NotificationsPage>('/notifications', { query: { limit: 20, before }, ...(signal ? { signal } : {}) });

export const markNotificationRead = (id: string) =>
  api<void>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });

export const alertDelivery = (signal?: AbortSignal) =>
  api<AlertReach>('/notifications/delivery', signal ? { signal } : {});

/** Where clicking a note takes the agent: the lead's conversation when it names one. */
export const notificationHref = (note: Pick<NotificationItem, 'leadId'>) =>
  note.leadId ? `/leads/${note.leadId}` : '/inbox';
