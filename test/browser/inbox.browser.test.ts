import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, expectAccessible, screenshot, signInAs, type Page, Profiles } from '../support/browser';
import { JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

/**
 * Each party's inbox in Chromium (issue 15): people sign in, the navigation counts what waits for
 * them, each list is oldest first with the rules' due dates, sorting and filters live in the URL, and
 * an organisation of the same role sees none of another's items. Screenshots of every party's inbox.
 */
describe('inboxes in Chromium', () => {
  // Real days: the leave request must not escalate (5 working days) while the test looks at it.
  const system = new TestSystem({ HEZE_DAY_MS: '86400000' });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let others: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  const j: Record<string, string> = {};
  let leaveId: string;
  const profiles = new Profiles(() => system.baseUrl);

  /** A person of the party's organisation, signed in in a fresh browser profile. */
  const as = async (party: { organisationId: string }, name: string): Promise<Page> => {
    const page = await profiles.page();
    const me = await createPerson(party.organisationId, { name });
    await signInAs(page, me.login, me.password);
    return page;
  };
  const rowsOf = (page: Page, section: string) => page.getByTestId(`inbox-${section}`).locator('tbody tr.ant-table-row');
  const idsOf = async (page: Page, section: string) => (await rowsOf(page, section).locator('td:first-child').allTextContents()).map((s) => s.trim());

  beforeAll(async () => {
    await Promise.all([profiles.launch(), system.startWorker().then(() => system.startApi())]);
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'labour-inspection', 'auditor']);
    others = await createParties(['employer', 'training-institution']);
    drive = new JourneyDriver(system, parties);
    j.applied = await drive.open({ targetLevel: 4 });
    j.enrolled1 = await drive.open({ targetLevel: 4 });
    await drive.step('POST', `/journeys/${j.enrolled1}/enrolment`, 'training-institution');
    j.enrolled2 = await drive.open({ targetLevel: 2 });
    await drive.step('POST', `/journeys/${j.enrolled2}/enrolment`, 'training-institution');
    j.trained = await drive.open();
    await drive.trainingCompleted(j.trained);
    j.registered = await drive.open();
    await drive.trainingCompleted(j.registered);
    await drive.register(j.registered);
    j.claimed = await drive.open({ projectId: null });
    const certificate = `CERT-${j.claimed.slice(-12)}`;
    await drive.certified(j.claimed, certificate);
    await drive.claim(j.claimed);
    leaveId = (await drive.step('POST', `/journeys/${j.applied}/study-leave`, 'employer', { from: '2026-12-14', to: '2026-12-18', purpose: 'training' }, 201)).leaveId;
    j.short = await drive.open({ projectId: null, agreedPay: { monthlyWage: 6200, benefits: { meal: 310 } } });
    const active = (await drive.step('POST', `/journeys/${j.short}/study-leave`, 'employer', { from: '2026-12-01', to: '2026-12-31', purpose: 'both' }, 201)).leaveId;
    await drive.step('POST', `/study-leaves/${active}/decision`, 'employer', { approved: true });
    await waitFor(() => system.http('GET', `/study-leaves/${active}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection started');
    await drive.step('POST', `/study-leaves/${active}/payroll`, 'employer', { id: 'pay-2026-12', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 6200, benefits: { meal: 0 } });
    await waitFor(() => system.http('GET', '/inbox/payments', { key: parties['social-insurance-agency'].key }), (r) => r.body.total === 1, 'the claim instructed for payment');
  }, 240_000);

  afterAll(async () => {
    await profiles.close();
    await system.stop();
  });

  it('training institution: counts in the navigation; its trainees oldest first; sort and filter in the URL, kept after a reload', async () => {
    const page = await as(parties['training-institution'], '培训机构 王老师');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect.poll(() => nav.getByTestId('count-trainees').textContent()).toBe('2');
    await nav.getByRole('link', { name: /待结业学员/ }).click();
    await page.waitForURL(/\/portal\/inbox\/trainees$/);
    await expect.poll(() => idsOf(page, 'trainees')).toEqual([j.enrolled1, j.enrolled2]);

    // Sorted by level (2 before 4), in the URL; a reload shows the same.
    await page.getByRole('columnheader', { name: '等级' }).click();
    await page.waitForURL(/sort=level/);
    await expect.poll(() => idsOf(page, 'trainees')).toEqual([j.enrolled2, j.enrolled1]);
    await page.reload();
    await expect.poll(() => idsOf(page, 'trainees')).toEqual([j.enrolled2, j.enrolled1]);

    // A level filter: the URL holds it.
    await page.goto('/portal/inbox/trainees?level=4');
    await expect.poll(() => idsOf(page, 'trainees')).toEqual([j.enrolled1]);
    await page.goto('/portal/inbox/trainees');
    await expect.poll(() => idsOf(page, 'trainees')).toEqual([j.enrolled1, j.enrolled2]);
    await expectAccessible(page, 'trainees inbox');
    await screenshot(page, 'inbox-training-institution');

    // Applications to enrol: open to every institution; the row leads to the journey page.
    await nav.getByRole('link', { name: /培训报名申请/ }).click();
    await page.goto('/portal/inbox/enrolment-applications?order=desc&pageSize=100');
    const row = rowsOf(page, 'enrolment-applications').filter({ hasText: j.applied });
    await expect.poll(() => row.textContent()).toContain('employer');
    await page.close();
  });

  it('another training institution sees none of those trainees', async () => {
    const page = await as(others['training-institution'], '另一培训机构');
    await expect.poll(() => page.getByTestId('count-trainees').textContent()).toBe('0');
    await page.goto('/portal/inbox/trainees');
    await expect.poll(() => page.getByText('暂无待办事项').count()).toBeGreaterThan(0);
    expect(await page.getByText(j.enrolled1).count()).toBe(0);
    await page.close();
  });

  it('evaluation organisation: results to post, candidates to register', async () => {
    const page = await as(parties['evaluation-organisation'], '认定机构 李老师');
    await expect.poll(() => page.getByTestId('count-results').textContent()).toBe('1');
    await page.getByRole('link', { name: /待录入认定结果/ }).click();
    await expect.poll(() => idsOf(page, 'results')).toEqual([j.registered]);
    await expectAccessible(page, 'results inbox');
    await screenshot(page, 'inbox-evaluation-organisation');
    await page.goto('/portal/inbox/candidates?order=desc&pageSize=100');
    await expect.poll(() => idsOf(page, 'candidates')).toContain(j.trained);
    await page.close();
  });

  it('employer: the leave request with its deadline in working days, the violation with the amount owed, journeys by state', async () => {
    const page = await as(parties.employer, '劳资专员 张三');
    await expect.poll(() => page.getByTestId('count-leave-requests').textContent()).toBe('1');
    await page.getByRole('link', { name: /待审批的脱产学习申请/ }).click();
    const row = rowsOf(page, 'leave-requests').first();
    await expect.poll(() => row.textContent()).toMatch(/还剩 \d 个工作日/);
    expect(await row.textContent()).toContain('2026-12-14 — 2026-12-18');
    expect(await row.textContent()).toContain('待审批');
    await expectAccessible(page, 'leave requests inbox');
    await screenshot(page, 'inbox-employer');

    await page.getByRole('link', { name: /工资违规待补发/ }).click();
    await expect.poll(() => rowsOf(page, 'violations').first().textContent()).toContain('¥310.00');
    await page.getByRole('link', { name: /本单位劳资专管员/ }).click();
    const byState = page.getByTestId('journeys-by-state');
    await expect.poll(() => byState.textContent()).toContain('已报名培训');
    await byState.getByRole('link', { name: /已报名培训/ }).click();
    await page.waitForURL(/\/portal\/journeys\?state=enrolled$/);
    await page.getByRole('link', { name: j.enrolled1 }).waitFor();
    await screenshot(page, 'inbox-employer-journeys');
    await page.close();
  });

  it('another employer has nothing waiting', async () => {
    const page = await as(others.employer, '另一用人单位');
    for (const s of ['leave-requests', 'active-leaves', 'violations', 'claims']) await expect.poll(() => page.getByTestId(`count-${s}`).textContent(), { message: s }).toBe('0');
    await page.goto('/portal/inbox/violations');
    await expect.poll(() => page.getByText('暂无待办事项').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('social-insurance agency: the payment to confirm, with its due date', async () => {
    const page = await as(parties['social-insurance-agency'], '社保经办 赵六');
    await expect.poll(() => page.getByTestId('count-payments').textContent()).toBe('1');
    await page.getByRole('link', { name: /待确认发放的补贴/ }).click();
    const row = rowsOf(page, 'payments').first();
    await expect.poll(() => row.textContent()).toContain(j.claimed);
    expect(await row.textContent()).toMatch(/¥[\d,]+\.\d\d/);
    expect(await row.textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await expectAccessible(page, 'payments inbox');
    await screenshot(page, 'inbox-social-insurance-agency');
    await page.close();
  });

  it('labour inspection and the auditor: violations, notifications, a search whose filters are in the URL (a bad date at its field)', async () => {
    const org = parties.employer.organisationId;
    const inspection = await as(parties['labour-inspection'], '劳动保障监察 孙七');
    await inspection.getByRole('link', { name: /工资违规待补发/ }).click();
    await inspection.goto(`/portal/inbox/violations?organisation=${org}`);
    await expect.poll(() => rowsOf(inspection, 'violations').first().textContent()).toContain('¥310.00');
    await inspection.goto('/portal/inbox/notifications?state=wage-shortfall&order=desc&pageSize=100');
    await expect.poll(() => rowsOf(inspection, 'notifications').filter({ hasText: j.short }).count()).toBe(1);
    await expectAccessible(inspection, 'notifications inbox');
    await screenshot(inspection, 'inbox-labour-inspection');
    await inspection.close();

    const auditor = await as(parties.auditor, '审计 周八');
    await auditor.getByRole('link', { name: /查询认定进程/ }).click();
    // The form puts the filters into the URL ...
    await auditor.getByLabel('单位').fill(org);
    await auditor.getByRole('button', { name: '查询' }).click();
    await auditor.waitForURL(new RegExp(`/portal/inbox/search\\?organisation=${org}$`));
    // ... and the URL fills the form: a shared link shows the same search.
    await auditor.goto(`/portal/inbox/search?organisation=${org}&state=enrolled`);
    await expect.poll(() => auditor.locator('.ant-form-item').filter({ has: auditor.getByRole('combobox', { name: /状态/ }) }).textContent()).toContain('已报名培训');
    await expect.poll(() => idsOf(auditor, 'search').then((x) => x.sort())).toEqual([j.enrolled1, j.enrolled2].sort());
    await expectAccessible(auditor, 'search');
    await screenshot(auditor, 'inbox-auditor');
    await auditor.goto(`/portal/inbox/search?organisation=${org}&from=2026-02-30`);
    const from = auditor.locator('.ant-form-item').filter({ has: auditor.getByLabel('申请日期自') });
    await expect.poll(() => from.locator('.ant-form-item-explain-error').textContent()).toMatch(/from/);
    await auditor.close();
  });

  it('no page broke the content security policy, threw, or opened a dialog', () => {
    expect(leaveId).toBeTruthy();
    expect(profiles.problems).toEqual([]);
  });
});
