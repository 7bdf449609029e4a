import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResidentId } from '@heze/rules';
import { expectAccessible, screenshot, signInWithKey, Profiles } from '../support/browser';
import { JourneyDriver, waitFor } from '../support/journey-driver';
import { dropOwnDatabase, ownDatabase, partiesIn } from '../support/own-database';
import { TestSystem } from '../support/system';

const today = () => new Date().toISOString().slice(0, 10);
const idIn = (area: string) => makeResidentId(`${area}19850301${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`);

/**
 * The statistics page (issue 17) in Chromium, on a database of its own with real journeys: the figures
 * drawn with ECharts, each a link to the journeys behind it, from there to one journey's page.
 */
describe('statistics page in Chromium', () => {
  let url: string;
  let system: TestSystem;
  let parties: Awaited<ReturnType<typeof partiesIn>>;
  const j: Record<string, string> = {};
  const profiles = new Profiles(() => system.baseUrl);

  /** A fresh browser profile (nothing kept from another person), zh-CN. */
  const person = () => profiles.page();

  beforeAll(async () => {
    url = await ownDatabase('heze_statistics_browser');
    system = new TestSystem({ DATABASE_URL: url });
    parties = await partiesIn(url, ['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'auditor', 'labour-inspection']);
    await Promise.all([profiles.launch(), system.startWorker().then(() => system.startApi())]);
    const drive = new JourneyDriver(system, parties);
    // Certified and paid; certified after a retake; failed at level 3; enrolled; applied.
    j.A = await drive.open({ residentId: idIn('371702') });
    const cert = `S-${randomUUID().slice(0, 6)}`;
    await drive.certified(j.A, cert);
    await drive.claim(j.A);
    expect((await drive.claimView(drive.claimId(j.A, cert))).state).toBe('paymentInstructed');
    await drive.step('POST', `/claims/${drive.claimId(j.A, cert)}/payment-confirmation`, 'social-insurance-agency', { paidOn: today() });
    j.B = await drive.open({ residentId: idIn('371702') });
    await drive.trainingCompleted(j.B);
    await drive.register(j.B);
    await drive.result(j.B, false);
    await drive.register(j.B);
    await drive.result(j.B, true);
    await drive.certify(j.B, `S-${randomUUID().slice(0, 6)}`);
    j.C = await drive.open({ residentId: idIn('371721'), targetLevel: 3, projectId: null });
    await drive.trainingCompleted(j.C);
    await drive.register(j.C);
    await drive.result(j.C, false);
    j.D = await drive.open({ residentId: idIn('371728') });
    await drive.step('POST', `/journeys/${j.D}/enrolment`, 'training-institution');
    j.E = await drive.open({ residentId: idIn('371728') });
    await waitFor(() => drive.journey(j.A), (v) => v.state === 'closed', 'journey A closed');
    await waitFor(
      () => system.http('GET', '/statistics', { key: parties.auditor.key }),
      (r) => r.status === 200 && r.body.subsidy.totals.paid === 1 && r.body.specialists.total === 5,
      'figures settled',
    );
  }, 240_000);

  afterAll(async () => {
    await profiles.close();
    await system?.stop();
    if (url) await dropOwnDatabase(url);
  });

  it('an auditor opens 统计 from the navigation: the figures with their charts, no serious axe violation, no CSP refusal', async () => {
    const page = await person();
    await signInWithKey(page, parties.auditor.key);
    await page.getByRole('navigation').getByRole('link', { name: '统计' }).click();
    await page.waitForURL(/\/portal\/statistics$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('项目统计');
    await expect.poll(() => page.getByTestId('kpi-total').locator('a').textContent()).toBe('5');
    expect(await page.getByTestId('kpi-certified').locator('a').textContent()).toBe('2');
    expect(await page.getByTestId('kpi-paid').locator('a').textContent()).toBe('¥1,500.00');
    for (const heading of ['劳资专管员', '技能等级认定', '办理时长与时限', '技能提升补贴', '工资保障', '项目激励']) {
      await expect.poll(() => page.getByRole('heading', { level: 2, name: heading }).count()).toBe(1);
    }
    // ECharts drew SVG (no canvas, no inline script): bars for the stages, a pie for the levels.
    await expect.poll(() => page.getByTestId('by-stage-chart').locator('svg path').count()).toBeGreaterThan(8);
    expect(await page.getByTestId('by-level-chart').locator('svg').count()).toBe(1);
    expect(await page.getByTestId('by-stage-chart').getAttribute('role')).toBe('img');
    // Pass rate per level, as the table under the chart says: level 4 two of two (one retake), level 3 none of one.
    const passRows = page.getByTestId('pass-byLevel').locator('tbody tr');
    await expect.poll(() => passRows.nth(0).textContent()).toContain('4级22100%');
    expect(await passRows.nth(1).textContent()).toContain('3级100%');
    await expectAccessible(page, 'statistics');
    await screenshot(page, 'statistics');
    await page.close();
    expect(profiles.problems).toEqual([]);
  });

  it('every figure opens the journeys behind it, and from there one journey: a county count, a chart bar, a retake', async () => {
    const page = await person();
    await signInWithKey(page, parties['labour-inspection'].key);
    await page.goto('/portal/statistics');
    await page.getByTestId('by-county').getByRole('link', { name: '371702: 2' }).click();
    await page.waitForURL(/\/portal\/statistics\/journeys\?county=371702$/);
    await expect.poll(() => page.getByTestId('filter-county').textContent()).toBe('县区: 371702');
    const ids = async () => (await page.locator('tbody tr td:first-child a').allTextContents()).sort();
    await expect.poll(ids).toEqual([j.A, j.B].sort());
    await expectAccessible(page, 'statistics journeys');
    await screenshot(page, 'statistics-journeys');
    // One journey's page (its timeline for the reader roles).
    await page.getByRole('link', { name: j.B }).click();
    await page.waitForURL(new RegExp(`/portal/journeys/${j.B}$`));
    await page.goBack();
    await page.goBack();
    await page.waitForURL(/\/portal\/statistics$/);
    // A bar of the chart is a link too: the state chart's first bar (applied).
    await page.getByTestId('by-state-chart').locator('svg path[fill="#0958d9"]').first().click();
    await page.waitForURL(/\/portal\/statistics\/journeys\?state=applied$/);
    await expect.poll(ids).toEqual([j.E]);
    await page.goto('/portal/statistics');
    await page.getByTestId('pass-byLevel').locator('tbody tr').nth(0).getByRole('link', { name: '1' }).last().click();
    await page.waitForURL(/retake=true/);
    await expect.poll(ids).toEqual([j.B]);
    await page.close();
  });

  it('an employer has no statistics: no navigation entry, and the page says the role may not', async () => {
    const page = await person();
    await signInWithKey(page, parties.employer.key);
    expect(await page.getByRole('navigation').getByRole('link', { name: '统计' }).count()).toBe(0);
    await page.goto('/portal/statistics');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('无权');
    await page.close();
  });
});
