import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { issueApiKey, openDatabase, OrganisationRecord } from '@heze/persistence';
import { expectAccessible, screenshot, signInWithKey, type Page, Profiles } from '../support/browser';
import { JourneyDriver } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

/**
 * The portal in a real browser (issue 15): Debian's Chromium against the real stack — Temporal dev
 * server, PostgreSQL, worker, and the API process serving the portal's static files at /.
 */
describe('portal in Chromium', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let driver: JourneyDriver;
  let journeyId: string;
  const profiles = new Profiles(() => system.baseUrl);

  /** A fresh browser profile (nothing kept from another person), zh-CN. */
  const person = () => profiles.page();

  beforeAll(async () => {
    await Promise.all([profiles.launch(), system.startWorker().then(() => system.startApi())]);
    parties = await createParties(['employer', 'employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'auditor']);
    driver = new JourneyDriver(system, parties);
    journeyId = await driver.open();
  });

  afterAll(async () => {
    await profiles.close();
    await system.stop();
  });

  it('zh-CN by default: / leads to the sign-in page in Chinese; a wrong key is refused on the form; no serious axe violation', async () => {
    const page = await person();
    await page.goto('/');
    await page.waitForURL(/\/portal\/sign-in$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('登录');
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');
    await page.getByRole('tab', { name: '系统对接 API 密钥' }).click();
    await page.getByLabel('API 密钥', { exact: true }).fill('not-a-key');
    await page.getByRole('form', { name: '系统对接 API 密钥' }).getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('API 密钥无效');
    await page.close();
  });

  it('an employer signs in, sees its journey list (劳资专管员 in the navigation) and opens the journey page', async () => {
    const page = await person();
    await signInWithKey(page, parties.employer.key);
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('用人单位');
    await expect.poll(() => page.getByRole('navigation').textContent()).toContain('本单位劳资专管员');
    const link = page.getByRole('link', { name: journeyId });
    await link.waitFor();
    await expect.poll(() => page.getByRole('row', { name: new RegExp(journeyId) }).textContent()).toContain('已申请');
    await expectAccessible(page, 'journey list');
    await screenshot(page, 'journey-list');

    await link.click();
    await page.waitForURL(new RegExp(`/portal/journeys/${journeyId}$`));
    await expect.poll(() => page.getByTestId('journey-state').textContent()).toBe('已申请');
    await expect.poll(() => page.getByTestId('allowed-events').textContent()).toContain('撤回');
    await expect.poll(() => page.getByRole('form', { name: '撤回认定申请' }).isVisible()).toBe(true);
    await expectAccessible(page, 'journey page');
    await screenshot(page, 'journey-page');

    // Filters live in the URL: a reload (or a shared link) shows the same list.
    await page.goto('/portal/journeys?state=certified');
    await expect.poll(() => page.getByText('没有符合条件的认定进程').count()).toBeGreaterThan(0);
    await page.goto('/portal/journeys?state=applied&level=4');
    await page.getByRole('link', { name: journeyId }).waitFor();
    // A 400 naming a filter is shown at that filter.
    await page.goto('/portal/journeys?level=9');
    const levelItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('等级') });
    await expect.poll(() => levelItem.locator('.ant-form-item-explain-error').textContent(), { timeout: 15_000 }).toMatch(/\S/);
    await page.close();
  });

  it("a second employer does not see it: not in its list, and the journey's address is a 404 page", async () => {
    const page = await person();
    await signInWithKey(page, parties['employer-2'].key);
    await expect.poll(() => page.getByText('没有符合条件的认定进程').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: journeyId }).count()).toBe(0);
    await page.goto(`/portal/journeys/${journeyId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
    expect(await page.getByText('已申请').count()).toBe(0);
    await expectAccessible(page, '404 page');
    await screenshot(page, 'not-found');
    await page.close();
  });

  it('English after the switch, kept after a reload', async () => {
    const page = await person();
    await signInWithKey(page, parties.employer.key);
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Journeys');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.goto(`/portal/journeys/${journeyId}`);
    await expect.poll(() => page.getByTestId('journey-state').textContent()).toBe('Applied');
    await expect.poll(() => page.getByRole('navigation').textContent()).toContain("Our specialists' journeys");
    await expectAccessible(page, 'journey page (en)');
    await screenshot(page, 'journey-page-en');
    await page.close();
  });

  it('the auditor sees the timeline (who, role, state before → after) on the journey page', async () => {
    const trained = await driver.open();
    await driver.trainingCompleted(trained);
    const page = await person();
    await signInWithKey(page, parties.auditor.key);
    await page.goto(`/portal/journeys/${trained}`);
    await expect.poll(() => page.getByTestId('journey-state').textContent()).toBe('培训已结业');
    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(2);
    await expect.poll(() => timeline.textContent()).toContain('已报名培训');
    await expect.poll(() => timeline.textContent()).toContain('培训机构');
    await expectAccessible(page, 'journey page with timeline');
    await screenshot(page, 'journey-timeline');
    await page.close();
  });

  it('a step refused: 400 at its field, 409 says the state now and refreshes, 503 offers a retry', async () => {
    const other = await driver.open();
    const page = await person();
    await signInWithKey(page, parties.employer.key);
    await page.goto(`/portal/journeys/${other}`);
    const form = page.getByRole('form', { name: '撤回认定申请' });
    await form.waitFor();

    // 400: the form takes at most 500 characters (the schema's limit), so the API's own 400 naming the field
    // is made in the browser here (a stand-in, like the 503 below); the form shows it at that field.
    await form.getByLabel('撤回原因').fill('x'.repeat(501));
    expect((await form.getByLabel('撤回原因').inputValue()).length).toBe(500);
    const withdrawal = (url: URL) => url.pathname === `/journeys/${other}/withdrawal`;
    await page.route(withdrawal, (route) =>
      route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'reason: must be at most 500 characters', field: 'reason' }) }),
    );
    await form.getByRole('button', { name: '撤回申请' }).click();
    await expect.poll(() => form.locator('.ant-form-item-explain-error').textContent()).toMatch(/500/);
    await page.unroute(withdrawal);

    // 409: someone else withdrew meanwhile (the same organisation, over HTTP); this page still offers it.
    await driver.step('POST', `/journeys/${other}/withdrawal`, 'employer', { reason: 'withdrawn elsewhere' });
    await form.getByLabel('撤回原因').fill('changed my mind');
    await form.getByRole('button', { name: '撤回申请' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: '已撤回' });
    await expect.poll(() => conflict.textContent()).toContain('当前没有可办理的事项');
    await screenshot(page, 'step-409');
    await conflict.getByRole('button', { name: '刷新' }).click();
    await expect.poll(() => page.getByTestId('journey-state').textContent()).toBe('已撤回');
    expect(await page.getByRole('form', { name: '撤回认定申请' }).count()).toBe(0);

    // 503: the API answers "unavailable" (made so in the browser, the one stand-in of this file); the retry
    // goes to the real API once it answers again.
    const api = (url: URL) => url.pathname === `/journeys/${other}`; // the API's route, not the portal's page
    await page.route(api, (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ statusCode: 503, error: 'Service Unavailable', message: 'Temporal is unavailable' }) }));
    await page.reload();
    const unavailable = page.getByRole('alert').filter({ hasText: '服务暂时不可用' });
    await unavailable.waitFor({ timeout: 30_000 });
    await page.unroute(api);
    await unavailable.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => page.getByTestId('journey-state').textContent()).toBe('已撤回');
    await page.close();
  });

  it('an organisation named <script>alert(1)</script> is shown as text, and nothing runs', async () => {
    const name = '<script>alert(1)</script>';
    const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
    const organisationId = `script-${randomUUID().slice(0, 8)}`;
    let key: string;
    try {
      await ds.getRepository(OrganisationRecord).insert({ id: organisationId, name, role: 'employer', creditCode: null, createdAt: new Date().toISOString() });
      key = (await issueApiKey(ds, { role: 'employer', organisationId, label: 'browser test' })).apiKey;
    } finally {
      await ds.destroy();
    }
    const page = await person();
    await signInWithKey(page, key);
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain(name);
    expect(await page.locator('header script').count()).toBe(0);
    await page.close();
  });

  it('Swagger UI at /docs still works under the content security policy', async () => {
    const page: Page = await person();
    await page.goto('/docs');
    await expect.poll(() => page.locator('.swagger-ui .info .title').textContent(), { timeout: 30_000 }).toContain('Heze');
    await expect.poll(() => page.locator('.opblock').count()).toBeGreaterThan(10);
    await page.close();
  });

  it('no page broke the content security policy, threw, or opened a dialog', () => {
    expect(profiles.problems).toEqual([]);
  });
});
