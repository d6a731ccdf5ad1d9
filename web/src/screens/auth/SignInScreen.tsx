import { type FormEvent, useState } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { formatDuration } from '../../components/Time.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

/** Where to go after signing in: a path on this site only, never another origin. */
export function safeNext(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/inbox';
  return next;
}

export function signInMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Signing in failed; try again';
  if (error.code === 'sign_in_throttled') {
    const seconds = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    return seconds
      ? `Too many failed sign-ins: wait ${formatDuration(seconds)} before trying again.`
      : 'Too many failed sign-ins: wait a moment before trying again.';
  }
  if (error.code === 'rate_limited')
    return 'Too many attempts from this address; wait a minute and try again.';
  return error.message;
}

export function SignInScreen() {
  useDocumentTitle('Sign in');
  const { user, signIn } = useSession();
  const search = useSearch();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (user) return <Redirect to={safeNext(search)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(safeNext(search), { replace: true });
    } catch (caught) {
      setError(signInMessage(caught));
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <form className="card sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Closing Cloud</h1>
        <ErrorBanner error={error ? new Error(error) : null} />
        <Field
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Field
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button type="submit" variant="primary" busy={busy}>
          Sign in
        </Button>
      </form>
    </main>
  );
}
