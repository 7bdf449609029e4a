import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type Page, Profiles, journeyPages, POLL } from '../support/browser';
import { JourneyDriver } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

// One "day" is 400 ms here (as in test/e2e/study-leave-and-wages.e2e.test.ts): an unanswered request escalates within seconds.
const DAY_MS = 400;

/**
 * Study leave and wage protection on the journey page (RULES.md §4, issue 15): the employer's request
 * goes unanswered and escalates, the employer decides it; a payroll record short of the agreed pay is a
 * violation the employer and labour inspection both see, with the amount; back pay closes it.
 */
describe('study leave and wage protection in Chromium', () => {
  const system = new TestSystem({ HEZE_DAY_MS: String(DAY_MS), PAYROLL_GRACE_DAYS: '2' });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let driver: JourneyDriver;
  let journeyId: string;
  const profiles = new Profiles(() => system.baseUrl);
  const { as, accessible, shot, journeyPage: pageOf } = journeyPages(profiles, (role) => parties[role]!.organisationId);
  const journeyPage = (page: Page) => pageOf(page, journeyId);
  const step = (page: Page, title: string) => page.getByRole('form', { name: title });

  beforeAll(async () => {
    await Promise.all([profiles.launch(), system.startWorker().then(() => system.startApi())]);
    parties = await createParties(['employer', 'employer', 'social-insurance-agency', 'labour-inspection']);
    driver = new JourneyDriver(system, parties);
    journeyId = await driver.open({ projectId: null, agreedPay: { monthlyWage: 6200, benefits: { meal: 310 } } });
  });

  afterAll(async () => {
    await profiles.close();
    await system.stop();
    expect(profiles.problems, 'CSP refusals or page errors').toEqual([]);
  });

  it('the employer requests leave; unanswered it escalates; the employer approves it; a short payroll is a violation for the employer and inspection; back pay closes it', async () => {
    const page = await as('employer');
    await journeyPage(page);
    const request = step(page, '申请脱产离岗学习');
    await request.getByLabel('离岗开始日期').fill('2026-12-01');
    await request.getByLabel('离岗结束日期（含）').fill('2026-12-31');
    await request.getByRole('button', { name: '提交申请' }).click();
    const leave = page.getByTestId('study-leaves');
    await expect.poll(() => leave.getByTestId('leave-state').textContent(), { timeout: 15_000 }).toMatch(/已申请离岗学习|逾期未答复/);

    // No answer within the working days the rules give: escalated (labour inspection is told), still decidable.
    await expect.poll(async () => {
      await page.getByRole('button', { name: '刷新' }).first().click();
      return leave.getByTestId('leave-state').textContent();
    }, { timeout: 45_000, interval: 1000 }).toBe('逾期未答复（已上报）');
    expect(await leave.textContent()).toContain('已逾期上报');
    await screenshot(page, 'journey-leave-escalated');

    const decide = step(page, '审批离岗学习申请');
    await decide.getByLabel('说明（可空）').fill('同意脱产参加培训及认定');
    await decide.getByRole('button', { name: '提交审批' }).click();
    await expect.poll(() => leave.getByTestId('leave-state').textContent(), POLL).toBe('已批准');
    await expect.poll(() => page.getByTestId('wage-state').textContent(), { timeout: 20_000 }).toBe('工资待遇监测中');

    // December paid in full except the meal allowance: ¥310.00 short (wage.benefits-no-deduction).
    const payroll = step(page, '登记工资发放记录');
    await payroll.getByLabel('工资记录编号').fill('pay-2026-12');
    await payroll.getByLabel('发放期间开始').fill('2026-12-01');
    await payroll.getByLabel('发放期间结束').fill('2027-01-01');
    await payroll.getByLabel('实发工资（元）').fill('6200');
    await payroll.getByRole('button', { name: '添加福利' }).click();
    await payroll.getByLabel('第 1 项福利名称').fill('meal');
    await payroll.getByLabel('第 1 项金额（元）').fill('0');
    await payroll.getByRole('button', { name: '登记', exact: true }).click();
    await expect.poll(() => page.getByTestId('wage-state').textContent(), { timeout: 20_000 }).toBe('存在克扣工资待遇');
    const violations = page.getByTestId('violations');
    await expect.poll(() => violations.textContent(), POLL).toContain('¥310.00');
    expect(await violations.textContent()).toContain('未纠正');
    await accessible(page, 'wage violation, employer');
    await screenshot(page, 'journey-wage-violation');
    await shot(page, 'study-leaves', 'doc-wage-violation');

    // Labour inspection reads the same case: the open violation and what is owed; it has no form to take.
    const inspection = await as('labour-inspection');
    await journeyPage(inspection);
    await expect.poll(() => inspection.getByTestId('violations').textContent(), { timeout: 15_000 }).toContain('¥310.00');
    expect(await inspection.getByTestId('violations').textContent()).toContain('未纠正');
    expect(await inspection.getByRole('form').count()).toBe(0);

    // Back pay: the component the violation found short, ¥310.00: the case is back to monitoring, the violation closed.
    const backPay = step(page, '登记补发');
    await backPay.getByLabel('补发金额（元）').fill('310');
    await backPay.getByRole('button', { name: '登记补发' }).click();
    await expect.poll(() => page.getByTestId('wage-state').textContent(), { timeout: 20_000 }).toBe('工资待遇监测中');
    await expect.poll(() => violations.textContent(), POLL).toContain('已纠正');
    expect(await step(page, '登记补发').count()).toBe(0);

    await inspection.reload();
    await expect.poll(() => inspection.getByTestId('violations').textContent(), { timeout: 15_000 }).toContain('已纠正');
    await screenshot(inspection, 'journey-inspection-closed');
    await inspection.close();
    await page.close();
  });

  it("another employer meets a 404 page for the journey and so sees none of its leave or wages", async () => {
    const page = await as('employer-2');
    await page.goto(`/portal/journeys/${journeyId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), POLL).toBe('页面不存在');
    expect(await page.getByTestId('violations').count()).toBe(0);
    await page.close();
  });
});
