import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

describe('request hardening: body limit and write rate limit', () => {
  const system = new TestSystem({ RATE_LIMIT_WRITES_PER_MINUTE: '5' });
  let parties: Awaited<ReturnType<typeof createParties>>;

  beforeAll(async () => {
    parties = await createParties(['employer', 'employer', 'specialist']);
    await system.startApi(); // the refusals come before any workflow is reached
  });
  afterAll(() => system.stop());

  it('an oversized body is a 413 JSON answer, not a stack trace', async () => {
    const big = { residentId: 'x'.repeat(70 * 1024) };
    const res = await system.http('POST', '/journeys', { key: parties['employer-2'].key, body: big });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'request body larger than 64kb' });
  });

  it('malformed JSON is a 400 JSON answer', async () => {
    const res = await fetch(`${system.baseUrl}/journeys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': parties['employer-2'].key },
      body: '{"residentId": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ statusCode: 400, field: 'body' });
  });

  it('the 6th write in a minute from one key is a 429 with Retry-After; other keys, reads and eligibility go on', async () => {
    const write = () =>
      fetch(`${system.baseUrl}/journeys/no-such-journey/withdrawal`, {
        method: 'POST',
        headers: { 'x-api-key': parties.employer.key, 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'moved away' }),
      });
    const statuses: number[] = [];
    let limited: Response | null = null;
    for (let i = 0; i < 6; i++) {
      const res = await write();
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses[5]).toBe(429);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited!.headers.get('retry-after'))).toBeLessThanOrEqual(12);
    expect(await limited!.json()).toMatchObject({ statusCode: 429, error: 'TooManyRequests' });

    // reads are not limited
    expect((await system.http('GET', '/journeys', { key: parties.employer.key })).status).toBe(200);
    // the eligibility computation is not a write
    const profile = { evaluationDate: '2026-11-24', birthDate: '1990-05-01' };
    for (let i = 0; i < 3; i++) expect((await system.http('POST', '/eligibility', { key: parties.employer.key, body: profile })).status).toBe(200);
    // another key has its own bucket
    const other = await system.http('POST', '/journeys/no-such-journey/withdrawal', { key: parties.specialist.key, body: { reason: 'moved away' } });
    expect(other.status).toBe(404);
  });

  it('a bad RATE_LIMIT_WRITES_PER_MINUTE stops the API with one line naming it', async () => {
    const bad = new TestSystem({ RATE_LIMIT_WRITES_PER_MINUTE: 'lots' });
    await expect(bad.startApi()).rejects.toThrow(/exited with 78[\s\S]*RATE_LIMIT_WRITES_PER_MINUTE: must be a whole number/);
  });
});
