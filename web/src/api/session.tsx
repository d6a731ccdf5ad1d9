import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, setCsrfToken } from './client.ts';
import type { SessionUser, SessionView, SessionWorkspace } from './types.ts';

export interface SessionState {
  /** `undefined` while the first check runs; `null` when nobody is signed in. */
  user: SessionUser | null | undefined;
  workspace: SessionWorkspace | null;
  error: ApiError | null;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<SessionView | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);

  const accept = useCallback((next: SessionView | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setView(next);
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await api<SessionView>('/auth/session', { redirectOnUnauthorized: false }));
      setError(null);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) {
        accept(null);
        return;
      }
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
      accept(null);
    }
  }, [accept]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      accept(
        await api<SessionView>('/auth/sign-in', {
          method: 'POST',
          body: { email, password },
          redirectOnUnauthorized: false,
        }),
      );
    },
    [accept],
  );

  const signOut = useCallback(async () => {
    try {
      await api('/auth/sign-out', { method: 'POST', redirectOnUnauthorized: false });
    } finally {
      accept(null);
    }
  }, [accept]);

  const value = useMemo<SessionState>(
    () => ({
      user: view === undefined ? undefined : (view?.user ?? null),
      workspace: view?.workspace ?? null,
      error,
      signIn,
      signOut,
      refresh,
    }),
    [view, error, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() needs a <SessionProvider> above it');
  return value;
}

/** The session when there is a provider above, else null (components rendered on their own in tests). */
export function useOptionalSession(): SessionState | null {
  return useContext(SessionContext);
}

/** The signed-in user, for screens rendered behind the sign-in gate. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser() is only for signed-in screens');
  return user;
}

/** Admins and owners manage the workspace; agents work leads. */
export function isManager(user: Pick<SessionUser, 'role'>): boolean {
  return user.role === 'owner' || user.role === 'admin';
}
