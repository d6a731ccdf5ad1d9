import type { ApiError } from '../api/client.ts';

/** Shows an API failure in words, announced to screen readers. Renders nothing without an error. */
export function ErrorBanner({
  error,
  onRetry,
}: {
  error: ApiError | Error | null | undefined;
  onRetry?: () => void;
}) {
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" className="button button-link" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
