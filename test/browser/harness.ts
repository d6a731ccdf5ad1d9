/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The callbacks given to page.evaluate() run in the browser, with its globals.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  ROOT,
  runCli,
  type ServiceEnv,
  type ServiceProcess,
  startService as startServiceProcess,
} from '../helpers/service-process.js';

/**
 * The dashboard end to end: the real service (`closing-cloud start` with its worker, the sandbox phone
 * and the built-in conversation engine) over a fresh SQLite database, driven by Debian's Chromium.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
export const PHONE_VIEWPORT = { width: 375, height: 740 };
export const DESKTOP_VIEWPORT = { width: 1280, height: 860 };

export interface Login {
  email: string;
  password: string;
}

export interface DemoWorkspace {
  workspaceId: string;
  apiKey: string;
  login: Login;
}

export interface RunningService {
  url: string;
  env: ServiceEnv;
  demo: DemoWorkspace;
  process: ServiceProcess;
  /** Another workspace with its owner, for the isolation tests. */
  createWorkspaceOwner(name: string): Promise<DemoWorkspace>;
  /** Calls the API with the demo workspace's key. */
  api<T>(method: string, apiPath: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

let workspaceCounter = 0;

async function cliJson<T>(args: string[], env: ServiceEnv): Promise<T> {
  const run = await runCli([...args, '--json'], env, 60_000);
  if (run.code !== 0)
    throw new Error(`closing-cloud ${args[0]} ${args[1] ?? ''} failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** A fresh data directory, the demo workspace, and the service listening on a free port of 127.0.0.1. */
export async function startService(extraEnv: ServiceEnv = {}): Promise<RunningService> {
  if (!existsSync(path.join(ROOT, 'web', 'dist', 'index.html'))) {
    throw new Error('The dashboard is not built: run `npm run test:browser`, which builds it first');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cc-browser-'));
  const env: ServiceEnv = {
    DATA_DIR: dataDir,
    SMS_PROVIDER: 'sandbox',
    LLM_PROVIDER: 'none',
    WORKER_POLL_MS: '100',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  const demo = await cliJson<DemoWorkspace>(['demo'], env);
  let service: ServiceProcess;
  try {
    service = await startServiceProcess(env, 60_000);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const url = service.url;
  return {
    url,
    env,
    demo,
    process: service,
    async createWorkspaceOwner(name) {
      workspaceCounter += 1;
      const created = await cliJson<{ workspaceId: string; apiKey: string }>(
        ['workspaces', 'create', '--name', name],
        env,
      );
      const password = `browser-test-${workspaceCounter}-password`;
      const user = await cliJson<{ email: string }>(
        [
          'users',
          'create',
          '--workspace',
          created.workspaceId,
          '--email',
          `owner${workspaceCounter}@${created.workspaceId.toLowerCase()}.example`,
          '--name',
          `${name} Owner`,
          '--role',
          'owner',
          '--password',
          password,
        ],
        env,
      );
      return { ...created, login: { email: user.email, password } };
    },
    async api<T>(method: string, apiPath: string, body?: unknown) {
      const response = await fetch(`${url}/api/v1${apiPath}`, {
        method,
        headers: {
          authorization: `Bearer ${demo.apiKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${apiPath}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : null) as T;
    },
    async stop() {
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with nothing phoning home. */
export function openBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install the chromium package`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A signed-out browser profile of its own (cookies are not shared between contexts). */
export function newContext(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number } = DESKTOP_VIEWPORT,
): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport, timezoneId: 'America/Chicago', locale: 'en-US' });
}

/** Signs in through the form and waits for the inbox. */
export async function signIn(page: Page, login: Login): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/inbox/);
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
}

/** Saves test/artifacts/<name>.png for a reviewer to look at. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

export interface Dashboard {
  service: RunningService;
  browser: Browser;
  context: BrowserContext;
  /** Signed in as the demo workspace's owner, on the inbox. */
  page: Page;
}

export interface DashboardOptions {
  /** Makes the data the tests need, before the browser opens. */
  seed?: (service: RunningService) => Promise<void>;
  /** Browser permissions granted to the dashboard's origin, such as the clipboard. */
  permissions?: string[];
}

/**
 * The set-up every dashboard suite shares: the service, seeded, and one signed-in page, all closed after the
 * suite. Call it inside `describe`; the fields are filled in before the first test runs.
 */
export function useDashboard(options: DashboardOptions = {}): Dashboard {
  const dashboard = {} as Dashboard;
  beforeAll(async () => {
    dashboard.service = await startService();
    await options.seed?.(dashboard.service);
    dashboard.browser = await openBrowser();
    dashboard.context = await newContext(dashboard.browser, dashboard.service.url);
    if (options.permissions) {
      await dashboard.context.grantPermissions(options.permissions, { origin: dashboard.service.url });
    }
    dashboard.page = await dashboard.context.newPage();
    dashboard.page.setDefaultTimeout(60_000);
    await signIn(dashboard.page, dashboard.service.demo.login);
  });
  afterAll(async () => {
    await dashboard.context?.close();
    await dashboard.browser?.close();
    await dashboard.service?.stop();
  });
  return dashboard;
}

/** How far the page scrolls sideways: 0 when it fits the viewport's width. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Runs `use` on a page of its own at a phone's size, signed in as the demo owner, and closes it after. */
export async function onPhone(dashboard: Dashboard, use: (page: Page) => Promise<void>): Promise<void> {
  const phone = await newContext(dashboard.browser, dashboard.service.url, PHONE_VIEWPORT);
  try {
    const page = await phone.newPage();
    page.setDefaultTimeout(60_000);
    await signIn(page, dashboard.service.demo.login);
    await use(page);
  } finally {
    await phone.close();
  }
}
