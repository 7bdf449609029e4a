import * as fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { SCREENS_DIR, screenshot, type Page, Profiles, journeyPages, POLL } from '../support/browser';
import { JourneyDriver, monthsAgo } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10); // China Standard Time

/**
 * One whole journey through the portal (issue 15): each party signs in and takes its own steps on the
 * journey page — enrol, training completed, registration (the eligibility answer per level), result,
 * certificate, the subsidy claim, the agency's payment confirmation — to a paid 技能提升补贴; a refused
 * step tells why; another organisation of the same role meets a 404 page; the auditor replays and exports.
 */
describe('the journey page in Chromium: application to a paid subsidy', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let driver: JourneyDriver;
  let journeyId: string;
  const certificateNumber = `RM-${Date.now()}`;
  const profiles = new Profiles(() => system.baseUrl);
  const { as, accessible, shot, journeyPage: pageOf } = journeyPages(profiles, (role) => parties[role]!.organisationId);
  const journeyPage = (page: Page, id = journeyId) => pageOf(page, id);
  const state = (page: Page) => page.getByTestId('journey-state').textContent();
  const step = (page: Page, title: string) => page.getByRole('form', { name: title });

  beforeAll(async () => {
    await Promise.all([profiles.launch(), system.startWorker().then(() => system.startApi())]);
    parties = await createParties(['employer', 'employer', 'training-institution', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'auditor']);
    driver = new JourneyDriver(system, parties);
    journeyId = await driver.open({ projectId: null });
  });

  afterAll(async () => {
    await profiles.close();
    await system.stop();
    expect(profiles.problems, 'CSP refusals or page errors').toEqual([]);
  });

  it('the training institution enrols the specialist and marks the course complete', async () => {
    const page = await as('training-institution');
    await journeyPage(page);
    expect(await state(page)).toBe('已申请');
    // Only the steps this party may take: no withdrawal (the employer's), no completion before enrolment.
    expect(await step(page, '撤回认定申请').count()).toBe(0);
    expect(await step(page, '培训结业').count()).toBe(0);
    await accessible(page, 'journey page, training institution');
    await screenshot(page, 'journey-enrol');
    await step(page, '报名培训').getByRole('button', { name: '确认报名' }).click();
    await expect.poll(() => state(page), POLL).toBe('已报名培训');

    const complete = step(page, '培训结业');
    expect(await complete.getByLabel('结业日期').inputValue()).toBe(today());
    await complete.getByRole('button', { name: '确认结业' }).click();
    await expect.poll(() => state(page), POLL).toBe('培训已结业');
    await page.close();
  });

  it('the evaluation organisation sees the eligibility answer per level, registers, posts the result and issues the certificate', async () => {
    const page = await as('evaluation-organisation');
    await journeyPage(page);
    const register = step(page, '报名认定（先培训后认定）');
    await register.getByLabel('出生日期').fill('1985-03-01');
    await register.getByLabel('第 1 段开始日期').fill('2012-01-01');
    await register.getByRole('button', { name: '检查报名条件' }).click();
    const answer = page.getByTestId('eligibility');
    // 14 years in the occupation: level 4 (L4-1, ≥ 5 years) and level 3 (L3-1, ≥ 10 years) hold; level 2 does not.
    await expect.poll(() => answer.getByRole('row', { name: /4级（本次申报）/ }).textContent(), POLL).toContain('符合');
    expect(await answer.getByRole('row', { name: /4级/ }).first().textContent()).toContain('L4-1');
    const level2 = await answer.getByRole('row', { name: /^2级/ }).first().textContent();
    expect(level2).toContain('不符合');
    expect(level2).toMatch(/L2-\d/);
    expect(await answer.getByRole('row', { name: /^5级/ }).first().textContent()).toContain('本项目不开展');
    await accessible(page, 'registration with the eligibility answer');
    await screenshot(page, 'journey-register-eligibility');
    await shot(page, 'step-registerForEvaluation', 'doc-register-eligibility');

    await register.getByRole('button', { name: '提交报名' }).click();
    await expect.poll(() => state(page), { timeout: 30_000 }).toBe('已报名认定');

    const result = step(page, '录入认定结果');
    await result.getByLabel('成绩（0–100，可空）').fill('82');
    await result.getByRole('button', { name: '提交结果' }).click();
    await expect.poll(() => state(page), POLL).toBe('认定合格');

    const certificate = step(page, '颁发劳动关系协调师职业技能等级证书');
    await certificate.getByLabel('证书编号').fill(certificateNumber);
    await certificate.getByRole('button', { name: '颁发证书' }).click();
    await expect.poll(() => state(page), POLL).toBe('已取得证书');
    await page.close();
  });

  it('the employer claims the subsidy; the rules approve ¥1,500.00 for level 4', async () => {
    const page = await as('employer');
    await journeyPage(page);
    // Certified: withdrawal is no longer offered (RULES.md: before the certificate only).
    expect(await step(page, '撤回认定申请').count()).toBe(0);
    await step(page, '申领技能提升补贴').getByRole('button', { name: '提交申领' }).click();
    await expect.poll(() => state(page), POLL).toBe('已申领技能提升补贴');
    await expect.poll(() => page.getByTestId('claim-state').textContent(), { timeout: 30_000 }).toBe('已下达支付指令');
    expect(await page.getByTestId('claim-amount').textContent()).toBe('¥1,500.00');
    // The employer may not confirm the payment: that is the agency's step.
    expect(await step(page, '确认补贴发放').count()).toBe(0);
    await page.close();
  });

  it('the social-insurance agency confirms the payment: the claim is paid and the journey closed', async () => {
    const page = await as('social-insurance-agency');
    await journeyPage(page);
    const confirm = step(page, '确认补贴发放');
    await confirm.waitFor();
    await confirm.getByLabel('支付凭证号（可空）').fill('PAY-2026-001');
    await accessible(page, 'payment confirmation');
    await screenshot(page, 'journey-confirm-payment');
    await shot(page, 'claims', 'doc-claim-confirm');
    await confirm.getByRole('button', { name: '确认已发放' }).click();
    await expect.poll(() => page.getByTestId('claim-state').textContent(), POLL).toBe('补贴已发放');
    // The claim tells its journey it is settled (a signal): the page reads the journey again until it is closed.
    await expect.poll(() => state(page), { timeout: 60_000 }).toBe('已办结');
    await expect.poll(() => page.getByTestId('closed-reason').textContent(), POLL).toBe('技能提升补贴已发放');
    await page.close();
  });

  it("the employer's page: the timeline names who did what, with state before → after; the diagram shows the path taken", async () => {
    const page = await as('employer');
    await journeyPage(page);
    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.textContent(), POLL).toContain('补贴已发放');
    // The person who acted, by name, with the role and organisation they acted for.
    const enrolled = timeline.getByRole('row').filter({ hasText: '报名培训' }).filter({ hasText: '已申请' }).first();
    expect(await enrolled.textContent()).toContain('李培训');
    expect(await enrolled.textContent()).toContain('培训机构');
    expect(await enrolled.textContent()).toContain(parties['training-institution']!.organisationId);
    expect(await timeline.getByRole('row').filter({ hasText: '确认补贴发放' }).first().textContent()).toContain('赵社保');
    expect(await timeline.textContent()).toContain('L4-1'); // the clause the registration rests on
    const diagram = page.getByTestId('journey-diagram');
    expect(await diagram.locator('[data-current]').getAttribute('data-state')).toBe('closed');
    const visited = await diagram.locator('[data-visited]').evaluateAll((ns) => ns.map((n) => n.getAttribute('data-state')));
    expect(visited).toEqual(expect.arrayContaining(['applied', 'enrolled', 'trainingCompleted', 'registering', 'registered', 'passed', 'certified', 'subsidyClaimed', 'closed']));
    expect(visited).not.toContain('withdrawn');
    expect(visited).not.toContain('failed');
    expect(await diagram.locator('[data-edge="passed>certified"]').getAttribute('data-taken')).toBe('true');
    await accessible(page, 'journey page, paid');
    await screenshot(page, 'journey-paid');
    await page.screenshot({ path: path.join(SCREENS_DIR, 'doc-journey-page.png') });
    await shot(page, 'journey-diagram', 'doc-journey-diagram');
    await shot(page, 'timeline', 'doc-timeline');
    await page.close();
  });

  it('another organisation of the same role meets a 404 page for the journey', async () => {
    for (const role of ['employer-2', 'training-institution-2']) {
      const page = await as(role);
      await page.goto(`/portal/journeys/${journeyId}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), POLL).toBe('页面不存在');
      expect(await page.getByText(certificateNumber).count()).toBe(0);
      await page.close();
    }
  });

  it('the auditor replays the histories, reads the state at a chosen event and downloads the export', async () => {
    const page = await as('auditor');
    await journeyPage(page);
    const audit = page.getByTestId('audit');
    await audit.getByRole('button', { name: '重放验证' }).click();
    await expect.poll(() => page.getByTestId('replay-verdict').textContent(), { timeout: 60_000 }).toContain('重放结果：确定');

    await audit.getByLabel('某一事件时的状态').click();
    await page.locator('.ant-select-item-option', { hasText: '→ 培训已结业' }).first().click();
    await expect.poll(() => page.getByTestId('state-at').textContent(), POLL).toContain('培训已结业');

    const [download] = await Promise.all([page.waitForEvent('download'), audit.getByRole('button', { name: '导出历史（JSON）' }).click()]);
    expect(download.suggestedFilename()).toBe(`${journeyId}-history.json`);
    const doc = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(doc.format).toBe('heze-audit-export/1');
    expect(doc.rootId).toBe(journeyId);
    expect(doc.workflows.map((w: { workflowType: string }) => w.workflowType)).toEqual(expect.arrayContaining(['journeyWorkflow', 'subsidyClaimWorkflow']));
    await accessible(page, 'journey page, auditor');
    await screenshot(page, 'journey-audit');
    await shot(page, 'audit', 'doc-audit');
    await page.close();
  });

  it('a refused step says why: a date after today at its field, a stale page gets the 409 with the state now, a registration the rules refuse shows the failing clauses and holdsOn', async () => {
    const other = await driver.open({ projectId: null });
    const page = await as('training-institution');
    const stale = await as('training-institution');
    await journeyPage(page, other);
    await journeyPage(stale, other);
    await step(page, '报名培训').getByRole('button', { name: '确认报名' }).click();
    await expect.poll(() => state(page), POLL).toBe('已报名培训');

    // The second tab still offers 报名培训: the API answers 409, the page says the state now and reads again.
    await step(stale, '报名培训').getByRole('button', { name: '确认报名' }).click();
    const told = stale.getByRole('alert').filter({ hasText: '该进程已处于' });
    await expect.poll(() => told.textContent(), POLL).toContain('已报名培训');
    await expect.poll(() => state(stale), POLL).toBe('已报名培训');
    expect(await step(stale, '报名培训').count()).toBe(0);
    await screenshot(stale, 'journey-conflict');
    await stale.screenshot({ path: path.join(SCREENS_DIR, 'doc-conflict.png') });

    // A completion date after today: the event's schema refuses it at the field (date.not-future), nothing is sent.
    const complete = step(stale, '培训结业');
    await complete.getByLabel('结业日期').fill('2999-01-01');
    await complete.getByRole('button', { name: '确认结业' }).click();
    await expect.poll(() => complete.locator('.ant-form-item-explain-error').textContent(), POLL).toContain('date.not-future');
    expect(await state(stale)).toBe('已报名培训');
    await complete.getByLabel('结业日期').fill(today());
    await complete.getByRole('button', { name: '确认结业' }).click();
    await expect.poll(() => state(stale), POLL).toBe('培训已结业');
    await stale.close();
    await page.close();

    // Four years in the occupation: L4-1 (5 years) fails, and holds a year and some months from now.
    const evaluation = await as('evaluation-organisation');
    await journeyPage(evaluation, other);
    const register = step(evaluation, '报名认定（先培训后认定）');
    await register.getByLabel('出生日期').fill('1990-06-01');
    const since = monthsAgo(48);
    await register.getByLabel('第 1 段开始日期').fill(since);
    await register.getByRole('button', { name: '提交报名' }).click();
    const refusal = evaluation.getByTestId('last-refusal');
    await expect.poll(() => refusal.textContent(), { timeout: 30_000 }).toContain('L4-1');
    expect(await state(evaluation)).toBe('培训已结业');
    // holdsOn: the day five years of service are complete, some time in the year five years after the start.
    expect(await refusal.textContent()).toMatch(new RegExp(`${Number(since.slice(0, 4)) + 5}-\\d{2}-\\d{2}`));
    await accessible(evaluation, 'refused registration');
    await screenshot(evaluation, 'journey-registration-refused');
    await shot(evaluation, 'last-refusal', 'doc-registration-refused');
    await evaluation.close();
  });
});
