import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JourneyDriver } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

/**
 * Issue 17, certificate verification: anyone handed a certificate can check it with its number and
 * the holder's name, without a key; the answer never says more than valid / revoked / not found,
 * level, issue date, issuer and the holder's masked ID.
 */
const PER_MINUTE = 12;

describe('certificate verification (issue 17): public, rate-limited, never more than it must say', () => {
  const system = new TestSystem({ CERTIFICATE_VERIFICATIONS_PER_MINUTE: String(PER_MINUTE), PUBLIC_BASE_URL: 'https://verify.example.test' });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let other: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  const residentId = newResidentId();
  const number = `C-${randomUUID().slice(0, 10)}`;
  let used = 0; // verifications spent against the per-address limit
  const verify = (q: string) => {
    used += 1;
    return system.http('GET', `/certificates/verify?${q}`);
  };

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'admin']);
    other = await createParties(['evaluation-organisation', 'employer']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
    const journeyId = await drive.open({ residentId, name: 'Zhang <b>San</b>' });
    await drive.certified(journeyId, number);
  });
  afterAll(() => system.stop());

  it('valid with the holder name: level, issue date, issuer, masked ID, and nothing else', async () => {
    const res = await verify(`number=${number}&name=${encodeURIComponent('zhang <b>san</b> ')}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'valid',
      certificateNumber: number,
      occupation: '劳动关系协调师',
      level: 4,
      issuedOn: new Date().toISOString().slice(0, 10),
      issuer: { id: parties['evaluation-organisation'].organisationId, name: expect.any(String) },
      holder: { maskedId: `${residentId.slice(0, 4)}**********${residentId.slice(-4)}` },
      revokedOn: null,
    });
    expect(JSON.stringify(res.body)).not.toContain(residentId);
  });

  it('a wrong name answers exactly like an unknown number (no hint that the number exists)', async () => {
    const wrongName = await verify(`number=${number}&name=Li%20Si`);
    const unknown = await verify(`number=C-nosuch-${randomUUID().slice(0, 6)}&name=Li%20Si`);
    expect(wrongName.status).toBe(200);
    expect(wrongName.body).toEqual({ status: 'not-found', certificateNumber: number });
    expect(unknown.body.status).toBe('not-found');
    expect(Object.keys(unknown.body).sort()).toEqual(Object.keys(wrongName.body).sort());
  });

  it('bad input is a 400 naming the parameter; no key is needed', async () => {
    const missing = await verify(`number=${number}`);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/name/);
  });

  it('a malformed certificate number in the path is a 400 naming it on the summary and the revocation (was a 500)', async () => {
    const summary = await system.http('GET', '/certificates/0/summary', { key: parties['evaluation-organisation'].key });
    expect(summary.status).toBe(400);
    expect(summary.body).toMatchObject({ field: 'certificateNumber' });
    const revocation = await system.http('POST', '/certificates/0/revocation', { key: parties['evaluation-organisation'].key, body: { reason: 'typo' } });
    expect(revocation.status).toBe(400);
    expect(revocation.body).toMatchObject({ field: 'certificateNumber' });
  });

  it('the printable summary (issuer, employer, readers) shows the name as text and a QR code to the public page; others get 404', async () => {
    const res = await system.http('GET', `/certificates/${number}/summary`, { key: parties['evaluation-organisation'].key });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const html = String(res.body);
    expect(html).toContain('Zhang &lt;b&gt;San&lt;/b&gt;');
    expect(html).not.toContain('<b>San</b>');
    expect(html).toContain('<svg');
    expect(html).toContain(`https://verify.example.test/verify?number=${number}`);
    expect(html).not.toContain(residentId);
    expect((await system.http('GET', `/certificates/${number}/summary`, { key: parties.employer.key })).status).toBe(200);
    expect((await system.http('GET', `/certificates/${number}/summary`, { key: other['evaluation-organisation'].key })).status).toBe(404);
    expect((await system.http('GET', `/certificates/${number}/summary`, { key: other.employer.key })).status).toBe(404);
  });

  it('the public page is a form without script, and answers in Chinese and English', async () => {
    const res = await system.http('GET', `/verify?number=${number}&name=${encodeURIComponent('Zhang <b>San</b>')}`);
    used += 1;
    expect(res.status).toBe(200);
    const html = String(res.body);
    expect(html).toContain('<form method="get" action="/verify">');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('证书有效');
    expect(html).toContain('The certificate is valid');
  });

  it('revocation: only the issuer (or admin); verification then says revoked', async () => {
    const stranger = await system.http('POST', `/certificates/${number}/revocation`, { key: other['evaluation-organisation'].key, body: { reason: 'not ours' } });
    expect(stranger.status).toBe(403);
    const revoked = await system.http('POST', `/certificates/${number}/revocation`, { key: parties['evaluation-organisation'].key, body: { reason: 'issued in error' } });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    const res = await verify(`number=${number}&name=${encodeURIComponent('Zhang <b>San</b>')}`);
    expect(res.body).toMatchObject({ status: 'revoked', revokedOn: new Date().toISOString().slice(0, 10) });
  });

  it(`more than ${PER_MINUTE} verifications a minute from one address: 429 with Retry-After`, async () => {
    const statuses: number[] = [];
    for (let i = used; i < PER_MINUTE + 2; i++) statuses.push((await verify(`number=${number}&name=x`)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    const last = await system.http('GET', `/certificates/verify?number=${number}&name=x`);
    expect(last.status).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
  });
});
