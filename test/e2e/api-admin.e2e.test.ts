import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCreditCode } from '@heze/rules';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

describe('organisations and API keys (admin)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  const suffix = randomUUID().slice(0, 8);
  // A made-up code with a valid GB 32100 check character, unique per run.
  const creditCode = makeCreditCode(`91371700MA${suffix.toUpperCase().replace(/[^0-9A-HJ-NP-RTUW-Y]/g, '0').slice(0, 7).padEnd(7, '0')}`);
  const orgId = `acme-${suffix}`;

  beforeAll(async () => {
    parties = await createParties(['admin', 'employer', 'auditor']);
    await system.startApi();
  });
  afterAll(() => system.stop());

  it('creates an organisation; the credit code is validated, stored, shown masked and never logged whole', async () => {
    const bad = await system.http('POST', '/organisations', {
      key: parties.admin.key,
      body: { id: orgId, name: 'Acme Construction', role: 'employer', creditCode: creditCode.slice(0, 17) + (creditCode[17] === '0' ? '1' : '0') },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'creditCode' });
    expect(bad.body.message).toMatch(/^creditCode: /);

    const created = await system.http('POST', '/organisations', { key: parties.admin.key, body: { id: orgId, name: 'Acme Construction', role: 'employer', creditCode } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: orgId, role: 'employer', creditCode: `${creditCode.slice(0, 4)}**********${creditCode.slice(-4)}` });

    const again = await system.http('POST', '/organisations', { key: parties.admin.key, body: { id: orgId, name: 'Again', role: 'employer' } });
    expect(again.status).toBe(409);
    const sameCode = await system.http('POST', '/organisations', { key: parties.admin.key, body: { id: `${orgId}-b`, name: 'Twin', role: 'employer', creditCode } });
    expect(sameCode.status).toBe(409);
    expect(JSON.stringify(sameCode.body)).not.toContain(creditCode);

    const list = await system.http('GET', '/organisations', { key: parties.admin.key });
    expect(list.body.find((o: { id: string }) => o.id === orgId)).toBeTruthy();
    expect(JSON.stringify(list.body)).not.toContain(creditCode);
    expect(system.api!.output()).not.toContain(creditCode);
  });

  it('issues a key that works at once, lists it without its secret, and revokes it at once', async () => {
    const issued = await system.http('POST', `/organisations/${orgId}/keys`, { key: parties.admin.key, body: { label: 'site office' } });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ organisationId: orgId, role: 'employer', label: 'site office', revokedAt: null });
    const apiKey: string = issued.body.apiKey;
    expect(apiKey).toMatch(/^hz_[a-z0-9]{12}_/);

    expect((await system.http('GET', '/journeys', { key: apiKey })).status).toBe(200);

    const keys = await system.http('GET', `/keys?organisation=${orgId}`, { key: parties.admin.key });
    expect(keys.status).toBe(200);
    expect(keys.body).toEqual([expect.objectContaining({ keyId: issued.body.keyId, role: 'employer', revokedAt: null })]);
    expect(JSON.stringify(keys.body)).not.toContain(apiKey.split('_').slice(2).join('_'));

    const revoked = await system.http('DELETE', `/keys/${issued.body.keyId}`, { key: parties.admin.key });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect((await system.http('GET', '/journeys', { key: apiKey })).status).toBe(401);
    const twice = await system.http('DELETE', `/keys/${issued.body.keyId}`, { key: parties.admin.key });
    expect(twice.body.revokedAt).toBe(revoked.body.revokedAt);
  });

  it('a replayed key issue does not store or repeat the secret', async () => {
    const idem = { 'idempotency-key': `issue-${suffix}` };
    const first = await system.http('POST', `/organisations/${orgId}/keys`, { key: parties.admin.key, body: {}, headers: idem });
    expect(first.status).toBe(201);
    expect(first.body.apiKey).toMatch(/^hz_/);
    const replay = await system.http('POST', `/organisations/${orgId}/keys`, { key: parties.admin.key, body: {}, headers: idem });
    expect(replay).toMatchObject({ status: 201, body: { ...first.body, apiKey: null } });
    const keys = await system.http('GET', `/keys?organisation=${orgId}`, { key: parties.admin.key });
    expect(keys.body.filter((k: { revokedAt: string | null }) => k.revokedAt === null)).toHaveLength(1);
  });

  it('404 for an unknown organisation or key; 400 naming a bad field', async () => {
    expect((await system.http('POST', '/organisations/nobody-here/keys', { key: parties.admin.key, body: {} })).status).toBe(404);
    expect((await system.http('DELETE', '/keys/zzzzzzzzzzzz', { key: parties.admin.key })).status).toBe(404);
    const badRole = await system.http('POST', '/organisations', { key: parties.admin.key, body: { id: `x-${suffix}`, name: 'X', role: 'system' } });
    expect(badRole.status).toBe(400);
    expect(badRole.body.field).toBe('role');
    const extra = await system.http('POST', `/organisations/${orgId}/keys`, { key: parties.admin.key, body: { secret: 'mine' } });
    expect(extra.status).toBe(400);
  });

  it('every admin endpoint refuses other roles with 403 and changes nothing', async () => {
    const before = await system.http('GET', '/keys', { key: parties.admin.key });
    for (const key of [parties.employer.key, parties.auditor.key]) {
      const calls = [
        system.http('POST', '/organisations', { key, body: { id: `evil-${suffix}`, name: 'Evil', role: 'admin' } }),
        system.http('GET', '/organisations', { key }),
        system.http('POST', `/organisations/${parties.employer.organisationId}/keys`, { key, body: { role: 'admin' } }),
        system.http('GET', '/keys', { key }),
        system.http('DELETE', `/keys/${parties.admin.keyId}`, { key }),
      ];
      for (const res of await Promise.all(calls)) expect(res.status).toBe(403);
    }
    const after = await system.http('GET', '/keys', { key: parties.admin.key });
    expect(after.body).toEqual(before.body);
    const orgs = await system.http('GET', '/organisations', { key: parties.admin.key });
    expect(orgs.body.find((o: { id: string }) => o.id === `evil-${suffix}`)).toBeUndefined();
    expect((await system.http('GET', '/keys', { key: parties.admin.key })).status).toBe(200); // the admin key was not revoked
  });
});
