import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '@heze/persistence';
import { makeCreditCode, validateCreditCode, validateResidentId } from '@heze/rules';
import { eligibleProfile, JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

/** GB 11643 shape: 6-digit area, 8-digit birth date, 3-digit sequence, check digit or X. */
const RESIDENT_ID_SHAPE = /(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
/** GB 32100 shape: 18 characters from 0-9 and A-Y without I, O, S, V, Z. */
const CREDIT_CODE_SHAPE = /(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/g;

/** Every whole resident ID / credit code in `text`: right shape and a check character that verifies. */
export function identifiersIn(text: string): string[] {
  const ids = [...text.matchAll(RESIDENT_ID_SHAPE)].map((m) => m[0]).filter((s) => validateResidentId(s).ok);
  const codes = [...text.matchAll(CREDIT_CODE_SHAPE)].map((m) => m[0]).filter((s) => /[A-Z]/.test(s)).filter((s) => validateCreditCode(s).ok);
  return [...ids, ...codes];
}

describe('security: no whole identifiers in logs, hashed API keys', () => {
  const system = new TestSystem({ RATE_LIMIT_WRITES_PER_MINUTE: '0' });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  const sent: string[] = [];

  beforeAll(async () => {
    parties = await createParties(['admin', 'employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  it('the detector finds what it should (a made-up ID and credit code, also inside other text)', () => {
    const id = newResidentId('19850412');
    const code = makeCreditCode('91371700MA3C12345');
    expect(identifiersIn(`person ${id} at "${code}".`)).toEqual([id, code]);
    expect(identifiersIn(`${id.slice(0, 6)}********${id.slice(-4)} ${code.slice(0, 4)}**********${code.slice(-4)}`)).toEqual([]);
  });

  it('a full journey (paid subsidy), refusals and bad input leave no whole resident ID or credit code in the worker and API output', async () => {
    // The happy path to a paid subsidy.
    const residentId = newResidentId('19860707');
    sent.push(residentId);
    const journeyId = await drive.open({ residentId, projectId: null });
    const number = `C-${randomUUID().slice(0, 10)}`;
    await drive.certified(journeyId, number);
    await drive.claim(journeyId);
    const claimId = drive.claimId(journeyId, number);
    expect((await drive.claimView(claimId)).state).toBe('paymentInstructed');
    await drive.step('POST', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: new Date().toISOString().slice(0, 10) });
    await waitFor(() => drive.journey(journeyId), (j) => j.state === 'closed', 'journey closed');

    // A second journey for the same person and level while the first... is closed: allowed; and a duplicate while open: 409.
    const other = newResidentId('19750101');
    sent.push(other);
    const open2 = await drive.open({ residentId: other, projectId: null });
    const dup = await system.http('POST', '/journeys', {
      key: drive.key('employer'),
      body: { residentId: other, name: 'Dup', targetLevel: 4, projectId: null, insuredWithAgencyId: parties['social-insurance-agency'].organisationId, enterpriseEmployee: true, unemploymentInsuredSince: '2020-01-01' },
    });
    expect(dup.status, JSON.stringify(dup.body)).toBe(409);
    // Refused eligibility (too little service) and a withdrawal.
    await drive.trainingCompleted(open2);
    await drive.register(open2, eligibleProfile({ workPeriods: [{ start: '2025-01-01', occupation: 'this' }] }));
    await waitFor(() => drive.journey(open2), (j) => j.state !== 'registering', 'eligibility decided');

    // Bad input carrying identifiers: a resident ID with a wrong check digit, a bad and a good credit code.
    const badId = residentId.slice(0, 17) + (residentId[17] === '1' ? '2' : '1');
    sent.push(badId);
    const bad = await system.http('POST', '/journeys', {
      key: drive.key('employer'),
      body: { residentId: badId, name: 'Bad', targetLevel: 4, projectId: null, insuredWithAgencyId: parties['social-insurance-agency'].organisationId, enterpriseEmployee: true, unemploymentInsuredSince: '2020-01-01' },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).not.toContain(badId);
    const code = makeCreditCode(`91371700MA${randomUUID().replace(/[^0-9]/g, '').slice(0, 7).padEnd(7, '1')}`);
    sent.push(code);
    const badCode = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    sent.push(badCode);
    const orgId = `sec-${randomUUID().slice(0, 8)}`;
    expect((await system.http('POST', '/organisations', { key: parties.admin.key, body: { id: orgId, name: 'Sec', role: 'employer', creditCode: badCode } })).status).toBe(400);
    expect((await system.http('POST', '/organisations', { key: parties.admin.key, body: { id: orgId, name: 'Sec', role: 'employer', creditCode: code } })).status).toBe(201);
    expect((await system.http('POST', '/organisations', { key: parties.admin.key, body: { id: `${orgId}-2`, name: 'Twin', role: 'employer', creditCode: code } })).status).toBe(409);
    // A worker crash and restart while the journey is open, so that recovery paths log too.
    const firstWorker = system.worker!.output();
    await system.killWorker('SIGKILL');
    await system.startWorker();
    await drive.step('POST', `/journeys/${open2}/withdrawal`, 'employer', { reason: 'moved away' }).catch(() => undefined);

    // The logs: every process output of this file (API, every worker incarnation so far).
    const logs = [system.api!.output(), firstWorker, system.worker!.output()].join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const s of sent) expect(logs).not.toContain(s);
    expect(identifiersIn(logs)).toEqual([]);
  });

  it('API keys are stored hashed: no table row holds a key or its secret in clear', async () => {
    const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
    try {
      const rows: Record<string, unknown>[] = await ds.query('SELECT * FROM api_keys');
      expect(rows.length).toBeGreaterThanOrEqual(5);
      const dump = JSON.stringify(rows);
      for (const party of Object.values(parties)) {
        if (typeof party === 'string') continue;
        const secret = party.key.split('_').slice(2).join('_');
        expect(secret.length).toBeGreaterThanOrEqual(16);
        expect(dump).not.toContain(secret);
        expect(dump).not.toContain(party.key);
      }
      const mine = rows.filter((r) => Object.values(parties).some((p) => typeof p !== 'string' && p.keyId === r.id));
      expect(mine.length).toBe(5);
      for (const r of mine) expect(String(r.secretHash)).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await ds.destroy();
    }
  });
});
