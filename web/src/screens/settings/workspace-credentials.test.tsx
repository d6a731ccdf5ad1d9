import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelChoice } from './AiSection.tsx';
import { ProviderCredentials } from './PhoneNumbersSection.tsx';

interface Call {
  method: string;
  url: string;
  body: unknown;
}

/** A server answering each `METHOD /path` from a table, remembering what it was sent. */
function server(routes: Record<string, (body: unknown) => { status: number; body: unknown }>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, url: String(url), body });
    const route = routes[`${method} ${String(url)}`];
    const answer = route
      ? route(body)
      : { status: 404, body: { error: { code: 'not_found', message: 'No' } } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ACCOUNT = `AC${'a7'.repeat(16)}`;

describe('<ProviderCredentials>', () => {
  it('shows whether a token is set, sends it write-only, and removes the account', async () => {
    let view = {
      provider: 'sandbox',
      source: 'instance',
      accountSid: null as string | null,
      authTokenSet: false,
      messagingServiceSid: null,
    };
    const calls = server({
      'GET /api/v1/messaging/provider': () => ({ status: 200, body: view }),
      'PUT /api/v1/messaging/provider': () => {
        view = { ...view, provider: 'twilio', source: 'workspace', accountSid: ACCOUNT, authTokenSet: true };
        return { status: 200, body: view };
      },
      'DELETE /api/v1/messaging/provider': () => {
        view = { ...view, provider: 'sandbox', source: 'instance', accountSid: null, authTokenSet: false };
        return { status: 200, body: view };
      },
    });
    render(<ProviderCredentials />);
    expect(await screen.findByText(/sandbox phone/)).toBeTruthy();
    expect(screen.getByText('not set')).toBeTruthy();

    const token = screen.getByLabelText('Twilio auth token') as HTMLInputElement;
    expect(token.type).toBe('password');
    fireEvent.change(screen.getByLabelText('Twilio Account SID'), { target: { value: ACCOUNT } });
    fireEvent.change(token, { target: { value: 'a-secret-token-0123456789' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save Twilio account' }));
    await screen.findByText('set');
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      accountSid: ACCOUNT,
      authToken: 'a-secret-token-0123456789',
    });
    expect(token.value).toBe('');
    expect(screen.getByText(new RegExp(`own Twilio account ${ACCOUNT}`))).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: "Remove and use the server's account" }));
    await screen.findByText('not set');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
  });

  it('shows the refusal when the server wants a token', async () => {
    server({
      'GET /api/v1/messaging/provider': () => ({
        status: 200,
        body: {
          provider: 'sandbox',
          source: 'instance',
          accountSid: null,
          authTokenSet: false,
          messagingServiceSid: null,
        },
      }),
      'PUT /api/v1/messaging/provider': () => ({
        status: 422,
        body: { error: { code: 'unprocessable', message: 'authToken is required for a new Twilio account' } },
      }),
    });
    render(<ProviderCredentials />);
    await screen.findByText(/sandbox phone/);
    fireEvent.change(screen.getByLabelText('Twilio Account SID'), { target: { value: ACCOUNT } });
    fireEvent.click(screen.getByRole('button', { name: 'Save Twilio account' }));
    expect(await screen.findByText('authToken is required for a new Twilio account')).toBeTruthy();
  });
});

describe('<ModelChoice>', () => {
  it("saves the workspace's own model with a write-only key, then goes back to the server's", async () => {
    let settings = {
      provider: 'instance',
      model: null as string | null,
      baseUrl: null as string | null,
      apiKeySet: false,
    };
    const calls = server({
      'GET /api/v1/ai/settings': () => ({ status: 200, body: settings }),
      'PUT /api/v1/ai/settings': (body) => {
        const b = body as { provider: string; model?: string; baseUrl?: string | null; apiKey?: string };
        settings = {
          provider: b.provider,
          model: b.model ?? null,
          baseUrl: b.baseUrl ?? null,
          apiKeySet: b.provider !== 'instance' && (Boolean(b.apiKey) || settings.apiKeySet),
        };
        return { status: 200, body: settings };
      },
    });
    render(<ModelChoice />);
    const select = (await screen.findByLabelText('Model')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('instance'));
    expect(screen.queryByLabelText('API key')).toBeNull();

    fireEvent.change(select, { target: { value: 'anthropic' } });
    fireEvent.change(screen.getByLabelText('Model name'), { target: { value: 'claude-test' } });
    const key = screen.getByLabelText('API key') as HTMLInputElement;
    expect(key.type).toBe('password');
    expect(screen.getByText(/^Not set\./)).toBeTruthy();
    fireEvent.change(key, { target: { value: 'sk-ant-secret-123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save model' }));
    await screen.findByText(/^Set\./);
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      provider: 'anthropic',
      model: 'claude-test',
      baseUrl: null,
      apiKey: 'sk-ant-secret-123',
    });
    expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: "Remove and use the server's model" }));
    await waitFor(() => expect((screen.getByLabelText('Model') as HTMLSelectElement).value).toBe('instance'));
    expect(calls.filter((c) => c.method === 'PUT').at(-1)?.body).toEqual({ provider: 'instance' });
  });
});
