import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { safeNext, signInMessage } from './SignInScreen.tsx';

describe('after signing in', () => {
  it('returns to the page that asked, on this site only', () => {
    expect(safeNext('?next=%2Fleads%2F01ABC%3Ftab%3Dnotes')).toBe('/leads/01ABC?tab=notes');
    expect(safeNext('')).toBe('/inbox');
    expect(safeNext('?next=https%3A%2F%2Fevil.example')).toBe('/inbox');
    expect(safeNext('?next=%2F%2Fevil.example')).toBe('/inbox');
    expect(safeNext('?next=%2Fsign-in')).toBe('/inbox');
  });
});

describe('sign-in failures', () => {
  it('says how long to wait after too many failures', () => {
    const throttled = new ApiError(
      429,
      'sign_in_throttled',
      'Too many failed sign-ins; wait before trying again',
      {
        retryAfterSeconds: 900,
      },
    );
    expect(signInMessage(throttled)).toBe('Too many failed sign-ins: wait 15 min before trying again.');
  });

  it("passes the server's words on for a wrong password, and words a network failure", () => {
    expect(signInMessage(new ApiError(401, 'invalid_credentials', 'The email or password is wrong'))).toBe(
      'The email or password is wrong',
    );
    expect(signInMessage(new ApiError(429, 'rate_limited', 'Too many requests'))).toMatch(/wait a minute/);
    expect(signInMessage(new TypeError('boom'))).toBe('Signing in failed; try again');
  });
});
