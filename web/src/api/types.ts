export type Role = 'owner' | 'admin' | 'agent';

export interface SessionUser {
  id: string;
  workspaceId: string | null;
  email: string;
  name: string;
  role: Role | null;
  isOperator: boolean;
  timezone: string | null;
  /** E.164; where this person's text alerts go. */
  mobilePhone?: string | null;
  /** Null: the workspace's setting. */
  alertChannels?: Array<'push' | 'sms' | 'email'> | null;
}

export interface SessionWorkspace {
  id: string;
  slug: string;
  name: string;
  timezone: string;
  defaultRegion: string;
  status: 'active' | 'suspended';
}

export interface SessionView {
  user: SessionUser;
  workspace: SessionWorkspace | null;
  csrfToken: string;
  expiresAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

// A text that may revoke consent, waiting for a person's decision: the server's own schema types.
export type {
  PossibleOptOutDecision,
  PossibleOptOutView as PossibleOptOut,
} from '../../../src/conversations/possible-opt-out.schema.ts';
