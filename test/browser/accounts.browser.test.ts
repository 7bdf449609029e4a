import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, expectAccessible, screenshot, signInAs, TEST_PASSWORD, Profiles } from '../support/browser';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

const MAX_FAILURES = 3;

/**
 * People in the portal (issue 15): sign-in with login and password (the cookie session, restored after
 * a reload), wrong password and lock-out on the form, sign-out, the password change (forced while an
 * admin's password holds), and the programme office's users screen: create, disable, re-enable, reset.
 */
describe('accounts in Chromium', () => {
  const system = new TestSystem({
    LOGIN_MAX_FAILURES: String(MAX_FAILURES),
    LOGIN_LOCKOUT_SECONDS: '600',
    LOGIN_FAILURE_WINDOW_SECONDS: '600',
    // Every browser here comes from 127.0.0.1: only the per-login limit is tested.
    LOGIN_MAX_FAILURES_PER_ADDRESS: '10000',
  });
  let parties: Awaited<ReturnType<typeof createParties>>;
  const profiles = new Profiles(() => system.baseUrl);

  /** A fresh browser profile (nothing kept from another person), zh-CN. */
  const person = () => profiles.page();

  beforeAll(async () => {
    await Promise.all([profiles.launch(), system.startWorker().then(() => system.startApi())]);
    parties = await createParties(['employer', 'employer', 'admin']);
  });

  afterAll(async () => {
    await profiles.close();
    await system.stop();
  });

  it('a person signs in with login and password; a wrong one is refused on the form; a reload keeps the session; sign-out ends it', async () => {
    const me = await createPerson(parties.employer.organisationId, { name: '张三' });
    const page = await person();
    await page.goto('/');
    await page.waitForURL(/\/portal\/sign-in$/);
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('用户名密码登录');

    await page.getByLabel('用户名', { exact: true }).fill(me.login);
    await page.getByLabel('密码', { exact: true }).fill('not my password 123');
    await page.getByRole('form', { name: '用户名密码登录' }).getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('用户名或密码错误');
    await expectAccessible(page, 'sign-in with a refusal');
    await screenshot(page, 'sign-in-wrong-password');

    await signInAs(page, me.login, me.password);
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('张三');
    expect(await page.getByRole('main').count()).toBe(1); // one main landmark, the skip link's target
    expect(await page.locator('main#main').count()).toBe(1);
    // The cookie is HttpOnly: the page's script cannot read it, and nothing of it is kept in storage.
    expect(await page.evaluate<string>('document.cookie')).not.toContain('heze_session');
    expect(await page.evaluate<string>('JSON.stringify(sessionStorage) + JSON.stringify(localStorage)')).not.toMatch(/csrf|heze_session/i);

    await page.reload();
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('张三');
    expect(page.url()).toMatch(/\/portal\/journeys$/);

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/portal\/sign-in$/);
    await page.goto('/portal/journeys');
    await page.waitForURL(/\/portal\/sign-in$/);
    // The server ended the session: the cookie it had no longer signs anyone in.
    const asked = await page.evaluate(() => fetch('/auth/session').then((r) => r.status));
    expect(asked).toBe(401);
    await page.close();
  });

  it(`after ${MAX_FAILURES} wrong passwords the login is locked, and the form says for how long`, async () => {
    const me = await createPerson(parties.employer.organisationId);
    const page = await person();
    await page.goto('/portal/sign-in');
    const form = page.getByRole('form', { name: '用户名密码登录' });
    await page.getByLabel('用户名', { exact: true }).fill(me.login);
    for (let i = 0; i < MAX_FAILURES; i++) {
      await page.getByLabel('密码', { exact: true }).fill(`wrong password ${i}xx`);
      await form.getByRole('button', { name: '登录' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('用户名或密码错误');
    }
    // Locked now, even with the right password.
    await page.getByLabel('密码', { exact: true }).fill(me.password);
    await form.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/已暂时锁定，请 10 分钟后再试/);
    await screenshot(page, 'sign-in-locked');
    await page.close();
  });

  it('a password set by an admin must be changed first: the change screen, a wrong current password at its field, then the portal', async () => {
    const me = await createPerson(parties.employer.organisationId, { mustChangePassword: true });
    const page = await person();
    await signInAs(page, me.login, me.password);
    await page.waitForURL(/\/portal\/account\/password$/);
    await expect.poll(() => page.getByTestId('must-change').textContent()).toContain('请先设置您自己的密码');
    // Anywhere else leads back here while the admin's password holds.
    await page.goto('/portal/journeys');
    await page.waitForURL(/\/portal\/account\/password$/);
    await expectAccessible(page, 'password change');
    await screenshot(page, 'password-change');

    const form = page.getByRole('form', { name: '修改密码' });
    await form.getByLabel('当前密码').fill('not the current one');
    await form.getByLabel('新密码', { exact: true }).fill('my own new password 9');
    await form.getByLabel('确认新密码').fill('my own new password 9');
    await form.getByRole('button', { name: '修改密码' }).click();
    const current = page.locator('.ant-form-item').filter({ has: page.getByLabel('当前密码') });
    await expect.poll(() => current.locator('.ant-form-item-explain-error').textContent()).toBe('当前密码不正确。');

    await form.getByLabel('当前密码').fill(me.password);
    await form.getByRole('button', { name: '修改密码' }).click();
    await page.waitForURL(/\/portal\/journeys$/);
    // The new password signs in (a fresh browser), the old one no longer does.
    const other = await person();
    await signInAs(other, me.login, 'my own new password 9');
    expect(other.url()).toMatch(/\/portal\/journeys$/);
    await other.close();
    await page.close();
  });

  it('the programme office creates a user (one-time password shown once), disables, re-enables and resets it', async () => {
    const admin = await createPerson(parties.admin.organisationId, { name: '项目办管理员' });
    const page = await person();
    await signInAs(page, admin.login, admin.password);
    await page.getByRole('navigation').getByRole('link', { name: '用户管理' }).click();
    await page.waitForURL(/\/portal\/users$/);

    const login = `new-${Date.now().toString(36)}`;
    const create = page.getByRole('form', { name: '新建用户' });
    await create.getByLabel('所属单位').fill(parties.employer.organisationId);
    // Typed, then Enter: the one organisation the search leaves (by keyboard, as a person may).
    await expect.poll(() => page.locator('.ant-select-item-option').filter({ hasText: parties.employer.organisationId }).count()).toBe(1);
    await create.getByLabel('所属单位').press('Enter');
    await create.getByLabel('用户名').fill(login);
    await create.getByLabel('姓名').fill('李四');
    await create.getByRole('button', { name: '新建用户' }).click();
    const shown = page.getByTestId('one-time-password');
    await shown.waitFor();
    const oneTime = (await shown.textContent())!.trim();
    expect(oneTime).toMatch(/^[A-Za-z0-9]{20}$/);
    await expectAccessible(page, 'one-time password dialog');
    await screenshot(page, 'users-one-time-password');
    await page.getByRole('button', { name: '我已记下' }).click();
    await expect.poll(() => page.getByTestId('one-time-password').count()).toBe(0);
    // Shown once: not in the list, not after a reload; the organisation filter is in the URL.
    await page.goto(`/portal/users?organisation=${parties.employer.organisationId}`);
    const row = page.getByRole('row', { name: new RegExp(login) });
    await expect.poll(() => row.textContent()).toContain('待修改密码');
    expect(await page.content()).not.toContain(oneTime);
    await expectAccessible(page, 'users');
    await screenshot(page, 'users');

    // The one-time password signs in, straight to the password change.
    const newcomer = await person();
    await signInAs(newcomer, login, oneTime);
    await newcomer.waitForURL(/\/portal\/account\/password$/);
    await newcomer.close();

    // Disabled: the same password is refused (the one answer for every failure).
    await row.getByRole('button', { name: `停用 ${login}` }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => row.textContent()).toContain('已停用');
    const refused = await person();
    await refused.goto('/portal/sign-in');
    await refused.getByLabel('用户名', { exact: true }).fill(login);
    await refused.getByLabel('密码', { exact: true }).fill(oneTime);
    await refused.getByRole('form', { name: '用户名密码登录' }).getByRole('button', { name: '登录' }).click();
    await expect.poll(() => refused.getByRole('alert').textContent()).toContain('用户名或密码错误');

    // Re-enabled: it signs in again.
    await row.getByRole('button', { name: `启用 ${login}` }).click();
    await expect.poll(() => row.textContent()).toContain('正常');
    await signInAs(refused, login, oneTime);
    await refused.close();

    // Reset: a new one-time password, the old one refused.
    await row.getByRole('button', { name: `重置密码 ${login}` }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await shown.waitFor();
    const second = (await shown.textContent())!.trim();
    expect(second).not.toBe(oneTime);
    await page.getByRole('button', { name: '我已记下' }).click();
    const again = await person();
    await signInAs(again, login, second);
    await again.close();
    await page.close();
  });

  it("an employer's person has no users screen, and the users API refuses it", async () => {
    const me = await createPerson(parties['employer-2'].organisationId);
    const page = await person();
    await signInAs(page, me.login, me.password);
    expect(await page.getByRole('navigation').getByRole('link', { name: '用户管理' }).count()).toBe(0);
    await page.goto('/portal/users');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('您的角色无权办理此事项');
    expect(await page.getByRole('row', { name: new RegExp(TEST_PASSWORD) }).count()).toBe(0);
    await page.close();
  });

  it('no page broke the content security policy, threw, or opened a dialog', () => {
    expect(profiles.problems).toEqual([]);
  });
});
