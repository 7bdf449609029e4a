import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { issueApiKey, openDatabase } from '@heze/persistence';
import { eligibleProfile, JourneyDriver, monthsAgo, waitFor } from '../support/journey-driver';
import { createParties, newResidentId, type Party } from '../support/parties';
import { TestSystem } from '../support/system';

/**
 * Issue 13, items 1, 3, 7 and 9 over HTTP on the real servers: a journey's facts are its own, a
 * curable claim refusal leaves the journey open, references must name real parties in the right
 * role, and identifiers are not reused with other content.
 *
 * One "day" is 1 s and the claim window is 1 month (≈ 30 s) so that the window really runs out here;
 * payment confirmation is due within 2 "days".
 */
const today = () => new Date().toISOString().slice(0, 10);
const cert = () => `C-${randomUUID().slice(0, 10)}`;

describe('a journey keeps its own facts; parties and identifiers are what they claim to be (issue 13)', () => {
  const system = new TestSystem({ SUBSIDY_CLAIM_WINDOW_MONTHS: '1', PAYMENT_CONFIRMATION_DAYS: '2' });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let other: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'labour-inspection', 'admin']);
    // A second organisation of each role that matters: employer B, its agency, another evaluation organisation.
    other = await createParties(['employer', 'social-insurance-agency', 'evaluation-organisation']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  const openAs = (employer: Party, body: Record<string, unknown>) =>
    system.http('POST', '/journeys', {
      key: employer.key,
      body: { name: 'Li Si', projectId: null, enterpriseEmployee: true, unemploymentInsuredSince: '2020-01-01', ...body },
    });

  describe('1. another employer cannot change a journey it is not a party to', () => {
    it("employer B opening its own journey for A's specialist changes nothing of A's: A's claim goes to A's agency and is approved, A's baseline stays", async () => {
      const residentId = newResidentId();
      const a = await drive.open({ residentId, targetLevel: 4, enterpriseEmployee: true, unemploymentInsuredSince: '2020-01-01', agreedPay: { monthlyWage: 8000, benefits: { meal: 300 } } });
      const number = cert();
      await drive.certified(a, number);

      // Employer B, its own agency, "not an enterprise employee", insured since last month, agreed pay 100.
      const b = await openAs(other.employer, {
        residentId,
        targetLevel: 3,
        insuredWithAgencyId: other['social-insurance-agency'].organisationId,
        enterpriseEmployee: false,
        unemploymentInsuredSince: monthsAgo(1),
        agreedPay: { monthlyWage: 100, benefits: {} },
      });
      expect(b.status, JSON.stringify(b.body)).toBe(201);

      // A's journey still says what A recorded; its history holds the facts (the opening input).
      const journey = (await system.http('GET', `/journeys/${a}`, { key: parties.employer.key })).body;
      expect(journey.workflow.context.facts).toEqual({ insuredWithAgencyId: parties['social-insurance-agency'].organisationId, enterpriseEmployee: true, unemploymentInsuredSince: '2020-01-01' });
      expect(journey.workflow.context.agreedPay).toEqual({ monthlyWageFen: 800_000, benefitsFen: { meal: 30_000 } });

      const claimed = await drive.claim(a);
      expect(claimed.state).toBe('subsidyClaimed');
      const claim = await drive.claimView(drive.claimId(a, number));
      // subsidy.enterprise-employee and subsidy.insured-12-months judged on A's facts: approved, at A's agency.
      expect(claim).toMatchObject({ state: 'paymentInstructed', context: { agencyId: parties['social-insurance-agency'].organisationId, amount: 1500 } });
    });

    it("the wage baseline of A's study leave is A's agreed pay, whatever B sends for the same person (RULES.md §4)", async () => {
      const residentId = newResidentId();
      const a = await drive.open({ residentId, targetLevel: 4, agreedPay: { monthlyWage: 6000, benefits: {} } });
      const b = await openAs(other.employer, { residentId, targetLevel: 3, insuredWithAgencyId: other['social-insurance-agency'].organisationId, agreedPay: { monthlyWage: 100, benefits: {} } });
      expect(b.status).toBe(201);
      // B may record agreed pay on its own journey only.
      const onA = await system.http('PUT', `/journeys/${a}/agreed-pay`, { key: other.employer.key, body: { monthlyWage: 1, benefits: {} } });
      expect(onA.status).toBe(403);
      const { leaveId } = await drive.step('POST', `/journeys/${a}/study-leave`, 'employer', { from: '2026-11-02', to: '2026-11-06', purpose: 'training' }, 201);
      await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
      const wages = await waitFor(() => system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection started');
      expect(wages.body.context.baseline).toEqual({ monthlyWage: 6000, benefits: {} });
    });

    it('agreed pay recorded later is a journey event with its actor (in the timeline), and becomes the baseline', async () => {
      const a = await drive.open({ targetLevel: 4 });
      const put = await system.http('PUT', `/journeys/${a}/agreed-pay`, { key: parties.employer.key, body: { monthlyWage: 7000, benefits: { transport: 200 } } });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      const timeline = (await system.http('GET', `/audit/journeys/${a}/timeline`, { key: parties['labour-inspection'].key })).body as unknown;
      expect(JSON.stringify(timeline)).toContain('recordAgreedPay');
      expect(JSON.stringify(timeline)).toContain(parties.employer.organisationId);
      const { leaveId } = await drive.step('POST', `/journeys/${a}/study-leave`, 'employer', { from: '2026-11-09', to: '2026-11-13', purpose: 'training' }, 201);
      await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
      const wages = await waitFor(() => system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection started');
      expect(wages.body.context.baseline).toEqual({ monthlyWage: 7000, benefits: { transport: 200 } });
    });

    it("a second open at the same level: the owner is told its journey id, another employer learns nothing about whose it is", async () => {
      const residentId = newResidentId();
      const a = await drive.open({ residentId, targetLevel: 4 });
      const again = await openAs(parties.employer, { residentId, targetLevel: 4, insuredWithAgencyId: parties['social-insurance-agency'].organisationId });
      expect(again.status).toBe(409);
      expect(again.body.journeyId).toBe(a);
      const byB = await openAs(other.employer, { residentId, targetLevel: 4, insuredWithAgencyId: other['social-insurance-agency'].organisationId });
      expect(byB.status).toBe(409);
      const text = JSON.stringify(byB.body);
      expect(text).not.toContain(a);
      expect(text).not.toContain(parties.employer.organisationId);
      expect(text).not.toMatch(/open process|already exists/);
    });
  });

  describe('3. a claim refused for a reason time can cure does not end the subsidy for good', () => {
    it('subsidy.once-per-year: the refused journey waits in claimRefused, may claim again, and closes when the claim window ends', async () => {
      const residentId = newResidentId();
      const level4 = await drive.open({ residentId, targetLevel: 4 });
      const level3 = await drive.open({ residentId, targetLevel: 3 });
      const [n4, n3] = [cert(), cert()];
      await drive.certified(level4, n4);
      await drive.certified(level3, n3);
      await drive.claim(level4);
      expect((await drive.claimView(drive.claimId(level4, n4))).state).toBe('paymentInstructed');
      await drive.claim(level3);
      expect(await drive.claimView(drive.claimId(level3, n3))).toMatchObject({ state: 'refused', context: { failingRules: ['subsidy.once-per-year'] } });

      const waiting = await waitFor(() => drive.journey(level3), (j) => j.state === 'claimRefused', 'journey waits for a new claim');
      expect(waiting.workflow.allowedEvents).toContain('claimSubsidy');
      expect(waiting.workflow.context.lastClaimRefusal).toEqual({ failingRules: ['subsidy.once-per-year'], claim: 1 });

      // A new claim is a new claim workflow; this year it is refused again, and the journey waits again.
      expect((await drive.claim(level3)).state).toBe('subsidyClaimed');
      expect(await drive.claimView(`${drive.claimId(level3, n3)}-2`)).toMatchObject({ state: 'refused', context: { failingRules: ['subsidy.once-per-year'] } });
      await waitFor(() => drive.journey(level3), (j) => j.state === 'claimRefused' && j.workflow.context.claims === 2, 'waiting after the second refusal');

      // The claim window (1 month ≈ 30 s here) runs from the certificate, not from the refusal.
      const closed = await waitFor(() => drive.journey(level3), (j) => j.state === 'closed', 'claim window ran out', 60_000);
      expect(closed.workflow.context.closedReason).toBe('claim-window-expired');
    }, 120_000);

    it('a refusal time cannot cure (subsidy.enterprise-employee) still closes the journey', async () => {
      const j = await drive.open({ enterpriseEmployee: false, unemploymentInsuredSince: monthsAgo(3) });
      const n = cert();
      await drive.certified(j, n);
      await drive.claim(j);
      expect((await drive.claimView(drive.claimId(j, n))).context.failingRules).toEqual(['subsidy.enterprise-employee', 'subsidy.insured-12-months']);
      const closed = await waitFor(() => drive.journey(j), (x) => x.state === 'closed', 'journey closed');
      expect(closed.workflow.context.closedReason).toBe('subsidy-refused');
    });

    it('an instructed payment not confirmed in time is flagged overdue and the agency is notified once; it can still be confirmed', async () => {
      const j = await drive.open();
      const n = cert();
      await drive.certified(j, n);
      await drive.claim(j);
      const claimId = drive.claimId(j, n);
      expect((await drive.claimView(claimId)).state).toBe('paymentInstructed');
      const agency = parties['social-insurance-agency'].key;
      const overdue = await waitFor(() => system.http('GET', `/claims/${claimId}`, { key: agency }), (r) => r.body.context?.paymentOverdue === true, 'payment overdue', 30_000);
      expect(overdue.body.state).toBe('paymentInstructed');
      const notices = async () => ((await system.http('GET', `/notifications?journeyId=${j}`, { key: agency })).body as Array<{ kind: string }>).filter((x) => x.kind === 'subsidy-payment-overdue');
      await waitFor(notices, (x) => x.length > 0, 'overdue notice');
      expect(await notices()).toHaveLength(1);
      const paid = await system.http('POST', `/claims/${claimId}/payment-confirmation`, { key: agency, body: { paidOn: today() } });
      expect(paid.status, JSON.stringify(paid.body)).toBe(200);
      expect(paid.body.state).toBe('paid');
    });
  });

  describe('7. references and roles that cannot be true', () => {
    it('insuredWithAgencyId must name an existing, unsuspended social-insurance agency (422 naming the field)', async () => {
      const body = { residentId: newResidentId(), targetLevel: 4 };
      const unknown = await openAs(parties.employer, { ...body, insuredWithAgencyId: `no-such-agency-${randomUUID().slice(0, 6)}` });
      expect(unknown.status).toBe(422);
      expect(unknown.body.message).toMatch(/^insuredWithAgencyId: no organisation/);
      const employer = await openAs(parties.employer, { ...body, insuredWithAgencyId: other.employer.organisationId });
      expect(employer.status).toBe(422);
      expect(employer.body.message).toMatch(/^insuredWithAgencyId: .* is not a social-insurance-agency/);
      const journeys = (await system.http('GET', '/journeys?pageSize=200', { key: parties.employer.key })).body.items as unknown[];
      expect(journeys.length).toBeGreaterThan(0);

      // Suspended: refused as a reference, and its keys refused; reinstated: both work again.
      const agency = other['social-insurance-agency'];
      const admin = parties.admin.key;
      expect((await system.http('POST', `/organisations/${agency.organisationId}/suspension`, { key: admin })).body.suspendedAt).toEqual(expect.any(String));
      const suspended = await openAs(other.employer, { ...body, insuredWithAgencyId: agency.organisationId });
      expect(suspended.status).toBe(422);
      expect(suspended.body.message).toMatch(/suspended/);
      expect((await system.http('GET', '/notifications', { key: agency.key })).status).toBe(403);
      expect((await system.http('DELETE', `/organisations/${agency.organisationId}/suspension`, { key: admin })).body.suspendedAt).toBeNull();
      expect((await system.http('GET', '/notifications', { key: agency.key })).status).toBe(200);
    });

    it("a key acts in its organisation's role: issuing another role is 422, and a mismatched key already issued is refused (403)", async () => {
      const admin = parties.admin.key;
      const employerOrg = other.employer.organisationId;
      const issued = await system.http('POST', `/organisations/${employerOrg}/keys`, { key: admin, body: { role: 'social-insurance-agency' } });
      expect(issued.status).toBe(422);
      expect(issued.body.message).toMatch(/^role: /);
      // A key issued before this rule with an agency role on an employer organisation.
      const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
      const legacy = await issueApiKey(ds, { role: 'social-insurance-agency', organisationId: employerOrg, label: 'legacy mismatched key' }).finally(() => ds.destroy());
      const used = await system.http('GET', '/notifications', { key: legacy.apiKey });
      expect(used.status).toBe(403);
      expect(used.body.message).toMatch(/not its organisation's role/);
    });
  });

  describe('9. identifiers reused with different content', () => {
    it("a certificate number belongs to one person and one issuer: a second use for anyone else is 409, and the holder's claim is approved", async () => {
      const number = cert();
      const holder = await drive.open();
      await drive.certified(holder, number);

      const someoneElse = await drive.open();
      await drive.trainingCompleted(someoneElse);
      await drive.register(someoneElse);
      await drive.result(someoneElse, true);
      const reused = await system.http('POST', `/journeys/${someoneElse}/certificate`, { key: parties['evaluation-organisation'].key, body: { certificateNumber: number, issuedOn: today() } });
      expect(reused.status).toBe(409);
      expect(reused.body.message).toMatch(/^certificateNumber: /);
      expect((await drive.journey(someoneElse)).state).toBe('passed');

      // Another evaluation organisation, its own candidate, the same number: 409 too.
      const driveEO2 = new JourneyDriver(system, Object.assign({}, parties, { 'evaluation-organisation': other['evaluation-organisation'] }));
      const third = await drive.open();
      await drive.trainingCompleted(third);
      await driveEO2.register(third, eligibleProfile());
      await driveEO2.result(third, true);
      const byOther = await system.http('POST', `/journeys/${third}/certificate`, { key: other['evaluation-organisation'].key, body: { certificateNumber: number, issuedOn: today() } });
      expect(byOther.status).toBe(409);
      // The second candidate gets a number of its own.
      expect((await drive.certify(someoneElse, cert())).state).toBe('certified');

      await drive.claim(holder);
      expect(await drive.claimView(drive.claimId(holder, number))).toMatchObject({ state: 'paymentInstructed' });
    });

    it('a payroll record id sent again: same content is a replay, other content is 409 and counts nothing', async () => {
      const j = await drive.open({ agreedPay: { monthlyWage: 6000, benefits: {} } });
      const { leaveId } = await drive.step('POST', `/journeys/${j}/study-leave`, 'employer', { from: '2026-11-02', to: '2026-11-27', purpose: 'training' }, 201);
      await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
      await waitFor(() => system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection started');
      const record = { id: 'pay-2026-11', periodStart: '2026-11-01', periodEnd: '2026-12-01', wage: 6000, benefits: {} };
      const first = await drive.step('POST', `/study-leaves/${leaveId}/payroll`, 'employer', record);
      expect(first).toMatchObject({ state: 'monitoring', context: { checkedRecords: 1 } });
      const replay = await drive.step('POST', `/study-leaves/${leaveId}/payroll`, 'employer', { ...record });
      expect(replay).toMatchObject({ state: 'monitoring', context: { checkedRecords: 1 } });
      const changed = await system.http('POST', `/study-leaves/${leaveId}/payroll`, { key: parties.employer.key, body: { ...record, wage: 100 } });
      expect(changed.status).toBe(409);
      expect(changed.body.message).toMatch(/^id: /);
      const after = await drive.step('GET', `/study-leaves/${leaveId}/wage-protection`, 'employer');
      expect(after).toMatchObject({ state: 'monitoring', context: { checkedRecords: 1, violations: [] } });
    });
  });
});
