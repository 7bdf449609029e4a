import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { insertUser, openDatabase } from '@heze/persistence';

/**
 * Debian's Chromium (`apt-get install chromium fonts-noto-cjk`, done by .ci/run), driven by
 * playwright-core: no browser is downloaded. CHROMIUM_PATH names another binary.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Written by every run (ignored by git); `npm run screens` writes the committed set in docs/screens. */
export const SCREENS_DIR = path.resolve(__dirname, '../..', process.env.PORTAL_SCREENS_DIR ?? 'test-results/portal');

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  }
  // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage', '--font-render-hinting=none'] });
}

/** A browser profile of one person: zh-CN like the people the portal is for; CSP reports and page errors collected. */
export async function personIn(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { context, page, problems };
}

/** The API key tab of the sign-in page (system integrations), then the key. */
export async function signInWithKey(page: Page, apiKey: string) {
  await page.goto('/');
  await page.getByRole('tab', { name: /系统对接 API 密钥|API key/ }).click();
  await page.getByLabel(/^(API 密钥|API key)$/).fill(apiKey);
  await page.getByRole('form', { name: /系统对接 API 密钥|API key/ }).getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL(/\/portal\/journeys/);
}

/**
 * A person signs in with login and password (the sign-in page's first tab) and lands on the journey
 * list, or on the password change when `mustChangePassword` holds.
 */
export async function signInAs(page: Page, login: string, password: string) {
  await page.goto('/portal/sign-in');
  await page.getByLabel(/^(用户名|Login)$/).fill(login);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('form', { name: /用户名密码登录|Login and password/ }).getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL(/\/portal\/(journeys|account\/password)/);
}

/** A password that passes the API's rules (10+ characters, not the login). */
export const TEST_PASSWORD = 'correct horse battery 7';

/**
 * A person of an organisation (from createParties), with a password they chose (mustChangePassword
 * false unless asked), written through the persistence helpers as the admin CLI does.
 */
export async function createPerson(organisationId: string, opts: { login?: string; name?: string; password?: string; mustChangePassword?: boolean } = {}) {
  const login = opts.login ?? `p-${randomUUID().slice(0, 8)}`;
  const password = opts.password ?? TEST_PASSWORD;
  const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
  try {
    const user = await insertUser(ds, { organisationId, login, name: opts.name ?? `测试用户 ${login}`, password, mustChangePassword: opts.mustChangePassword ?? false });
    return { id: user.id, login: user.login, name: user.name, password };
  } finally {
    await ds.destroy();
  }
}

/** axe-core (WCAG 2.1 A and AA rules): no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const told = bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(told, `axe on ${what}`).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
}

/**
 * The browser of one test file and the profiles it opens (each a person: fresh, zh-CN, see personIn):
 * launch() in beforeAll, close() in afterAll, which closes every profile first; `problems` collects the
 * CSP refusals and page errors of every closed page, for the file's last check.
 */
export class Profiles {
  readonly problems: string[] = [];
  private browser?: Browser;
  private readonly contexts: BrowserContext[] = [];
  private readonly consoleOf = new WeakMap<Page, string[]>();

  /** `baseUrl` is read when a profile opens (a TestSystem may be made in beforeAll). */
  constructor(private readonly baseUrl: () => string) {}

  async launch(): Promise<void> {
    this.browser = await launchChromium();
  }

  /** A fresh profile's page (nothing kept from another person). */
  async page(): Promise<Page> {
    if (!this.browser) throw new Error('Profiles.launch() first');
    const p = await personIn(this.browser, this.baseUrl());
    this.contexts.push(p.context);
    p.page.on('close', () => this.problems.push(...p.problems));
    const told: string[] = [];
    this.consoleOf.set(p.page, told);
    p.page.on('console', (m) => m.type() === 'error' && told.push(m.text()));
    return p.page;
  }

  /** The console errors the page logged, for a failure message. */
  consoleErrors(page: Page): string {
    return this.consoleOf.get(page)?.join(' | ') ?? '';
  }

  async close(): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser?.close();
  }
}

/** Names the journey timeline shows for each role's person (histories keep the user id only). */
export const PERSON_NAMES: Record<string, string> = {
  employer: '张人事',
  'training-institution': '李培训',
  'evaluation-organisation': '王认定',
  'social-insurance-agency': '赵社保',
  auditor: '钱审计',
  'labour-inspection': '孙监察',
};

/** How long a poll waits for the page (vitest's default is 1 s; the machine is shared). */
export const POLL = { timeout: 20_000 };

/**
 * The journey page's helpers (test/browser/journey*.browser.test.ts): `as(role)` a fresh profile signed
 * in as a person of the party's organisation (one person per role, named by PERSON_NAMES; `<role>-2` is
 * the second organisation of the role), `accessible` axe-core at rest, `shot` one part as a PNG,
 * `journeyPage` the page of a journey loaded.
 */
export function journeyPages(profiles: Profiles, organisationOf: (role: string) => string) {
  const people: Record<string, Awaited<ReturnType<typeof createPerson>>> = {};
  return {
    as: async (role: string) => {
      const page = await profiles.page();
      people[role] ??= await createPerson(organisationOf(role), { name: PERSON_NAMES[role.replace(/-2$/, '')] });
      await signInAs(page, people[role]!.login, people[role]!.password);
      return page;
    },
    /** The pointer moved off first, so the button just clicked is not measured in its hover colours. */
    accessible: async (page: Page, what: string) => {
      await page.mouse.move(0, 0);
      await page.waitForTimeout(400);
      await expectAccessible(page, what);
    },
    /** The committed set in docs/screens is taken from these. */
    shot: (page: Page, testId: string, name: string) => page.getByTestId(testId).first().screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) }),
    journeyPage: async (page: Page, journeyId: string) => {
      await page.goto(`/portal/journeys/${journeyId}`);
      // On a time-out, say what the page shows instead (an error alert, the sign-in page, …).
      await page.getByTestId('journey-state').waitFor({ timeout: 30_000 }).catch(async (err: Error) => {
        throw new Error(`${err.message}\npage ${page.url()} shows: ${(await page.locator('body').innerText().catch(() => '?')).slice(0, 600)}\nconsole: ${profiles.consoleErrors(page)}`);
      });
    },
  };
}

export type { Browser, BrowserContext, Page };
