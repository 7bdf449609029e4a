import { expect } from 'vitest';
import { subsidyClaimWorkflowId } from '@heze/temporal';
import { newResidentId, type Party } from './parties';
import type { TestSystem } from './system';

export type Parties = Record<string, Party> & { projectId: string };

const today = () => new Date().toISOString().slice(0, 10);

/** The date n months before today (UTC), e.g. an insured-since date that fails subsidy.insured-12-months. */
export const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};

/** Polls `probe` until `done` holds (bounded), for effects that land asynchronously (timers, children). */
export async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 250));
    last = await probe();
  }
  return last;
}

/** A profile that satisfies L4-1 (≥ 5 years of cumulative service) and L3-1 (≥ 10 years) today. */
export function eligibleProfile(overrides: Record<string, unknown> = {}) {
  return {
    evaluationDate: today(),
    birthDate: '1985-03-01',
    workPeriods: [{ start: '2012-01-01', occupation: 'this' }],
    certificates: [],
    diplomas: [],
    titles: [],
    ...overrides,
  };
}

export interface OpenOptions {
  residentId?: string;
  name?: string;
  targetLevel?: number;
  projectId?: string | null;
  enterpriseEmployee?: boolean;
  unemploymentInsuredSince?: string | null;
  agreedPay?: { monthlyWage: number; benefits: Record<string, number> };
}

/** Drives journeys over HTTP as each party in turn, asserting every step succeeds. */
export class JourneyDriver {
  constructor(
    private readonly system: TestSystem,
    private readonly parties: Parties,
  ) {}

  key(role: string) {
    return this.parties[role].key;
  }

  async open(opts: OpenOptions = {}): Promise<string> {
    const res = await this.system.http('POST', '/journeys', {
      key: this.key('employer'),
      body: {
        residentId: opts.residentId ?? newResidentId(),
        name: opts.name ?? 'Wang Wu',
        targetLevel: opts.targetLevel ?? 4,
        projectId: opts.projectId === undefined ? this.parties.projectId : opts.projectId,
        insuredWithAgencyId: this.parties['social-insurance-agency'].organisationId,
        enterpriseEmployee: opts.enterpriseEmployee ?? true,
        unemploymentInsuredSince: opts.unemploymentInsuredSince === undefined ? '2020-01-01' : opts.unemploymentInsuredSince,
        ...(opts.agreedPay ? { agreedPay: opts.agreedPay } : {}),
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.journeyId;
  }

  async step(method: string, url: string, role: string, body?: unknown, expectStatus = 200) {
    const res = await this.system.http(method, url, { key: this.key(role), body });
    expect(res.status, `${method} ${url} as ${role}: ${JSON.stringify(res.body)}`).toBe(expectStatus);
    return res.body;
  }

  async trainingCompleted(journeyId: string, completedOn = today()) {
    await this.step('POST', `/journeys/${journeyId}/enrolment`, 'training-institution');
    return this.step('POST', `/journeys/${journeyId}/training-completion`, 'training-institution', { completedOn });
  }

  register(journeyId: string, profile: Record<string, unknown> = eligibleProfile()) {
    return this.step('POST', `/journeys/${journeyId}/evaluation-registration`, 'evaluation-organisation', { profile });
  }

  result(journeyId: string, passed: boolean, sittingDates = [today()]) {
    return this.step('POST', `/journeys/${journeyId}/results`, 'evaluation-organisation', { passed, score: passed ? 82 : 41, sittingDates });
  }

  certify(journeyId: string, certificateNumber: string, issuedOn = today()) {
    return this.step('POST', `/journeys/${journeyId}/certificate`, 'evaluation-organisation', { certificateNumber, issuedOn });
  }

  /** applied → certified, the happy path. */
  async certified(journeyId: string, certificateNumber: string, issuedOn = today()) {
    // Training and the sitting on the issue day, so that the certificate is not dated before them (docs/dates.md).
    await this.trainingCompleted(journeyId, issuedOn);
    const registered = await this.register(journeyId);
    expect(registered.state).toBe('registered');
    expect((await this.result(journeyId, true, [issuedOn])).state).toBe('passed');
    return this.certify(journeyId, certificateNumber, issuedOn);
  }

  claimId(journeyId: string, certificateNumber: string) {
    return subsidyClaimWorkflowId(journeyId, certificateNumber);
  }

  async claim(journeyId: string) {
    return this.step('POST', `/journeys/${journeyId}/subsidy-claim`, 'employer', {});
  }

  async claimView(claimId: string) {
    return waitFor(
      () => this.system.http('GET', `/claims/${claimId}`, { key: this.key('social-insurance-agency') }),
      (r) => r.status === 200 && ['paymentInstructed', 'refused', 'expired', 'paid'].includes(r.body.state),
      `claim ${claimId} decided`,
    ).then((r) => r.body);
  }

  async journey(journeyId: string) {
    return (await this.system.http('GET', `/journeys/${journeyId}`, { key: this.key('employer') })).body;
  }
}
