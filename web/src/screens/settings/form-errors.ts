import { ApiError } from '../../api/client.ts';

export type FieldErrors = Record<string, string>;

interface Issue {
  path: string;
  message: string;
}

function issuesOf(details: unknown): Issue[] {
  if (typeof details !== 'object' || details === null || !('issues' in details)) return [];
  const issues = (details as { issues: unknown }).issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is Issue =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof (issue as Issue).path === 'string' &&
      typeof (issue as Issue).message === 'string',
  );
}

/**
 * The envelope's validation issues keyed by field ("body.quietHours.start" → "quietHours.start"), so
 * each message can sit next to its input. A refusal that names no field lands under "".
 */
export function apiFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return { '': error instanceof Error ? error.message : String(error) };
  const issues = issuesOf(error.details);
  if (issues.length === 0) return { '': error.message };
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.replace(/^(body|querystring|params)\.?/, '');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The first error at or under a field: "quietHours" shows the error of "quietHours.start" too. */
export function errorFor(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${field}.`));
  return nested ? errors[nested] : undefined;
}

/** Errors no input on the form shows, to put in a banner. */
export function unplacedErrors(errors: FieldErrors, fields: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([key]) => !fields.some((field) => key === field || key.startsWith(`${field}.`)))
    .map(([key, message]) => (key ? `${key}: ${message}` : message));
}
