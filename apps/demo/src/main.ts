#!/usr/bin/env node
/**
 * `npm run demo`: against the running embedded system (`npm start`), drives one whole journey over
 * HTTP as each party in turn, from application to a paid subsidy, printing every step, who took it
 * and the new state. API_URL (default http://127.0.0.1:3000); keys from <HEZE_DATA_DIR>/demo-keys.json.
 * DEMO_IDS_FILE: where to write the ids it made, as JSON `{ journeyId, claimId }` (scripts/schemathesis.sh uses them).
 */
import { randomInt, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DemoKey, DemoParties } from '@heze/persistence';
import { makeResidentId, maskIdentifier } from '@heze/rules';
import { subsidyClaimWorkflowId } from '@heze/temporal';

class DemoError extends Error {}

const API_URL = (process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`).replace(/\/$/, '');
const dataDir = path.resolve(process.env.HEZE_DATA_DIR ?? '.data');
const keysFile = path.join(dataDir, 'demo-keys.json');
const today = () => new Date().toISOString().slice(0, 10);
const out = (line = '') => process.stdout.write(`${line}\n`);

function loadParties(): DemoParties {
  if (!fs.existsSync(keysFile)) throw new DemoError(`no demo keys at ${keysFile}: start the embedded system first (npm start)`);
  return JSON.parse(fs.readFileSync(keysFile, 'utf8')) as DemoParties;
}

interface Answer {
  status: number;
  body: any;
  replayed: boolean;
}

async function request(party: DemoKey, method: string, url: string, body?: unknown, idempotencyKey?: string): Promise<Answer> {
  let res: Response;
  try {
    res = await fetch(API_URL + url, {
      method,
      headers: {
        'x-api-key': party.apiKey,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
    throw new DemoError(`cannot reach the API at ${API_URL} (${cause}): start it with npm start, or set API_URL`);
  }
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed, replayed: res.headers.get('idempotent-replayed') === 'true' };
}

let stepNo = 0;
const who = (p: DemoKey) => `${p.role} ${p.organisationId} (${p.organisationName})`;

/** One write as one party, with an Idempotency-Key; prints the step and the state it led to. */
async function step(party: DemoKey, what: string, method: string, url: string, body?: unknown, expected = [200, 201]): Promise<Answer> {
  stepNo += 1;
  const idem = randomUUID();
  const res = await request(party, method, url, body, idem);
  const state = res.body?.state ?? res.body?.view?.state;
  out(`${String(stepNo).padStart(2)}. ${what}`);
  out(`    by    ${who(party)}`);
  out(`    HTTP  ${method} ${url} → ${res.status}${state ? `   state: ${state}` : ''}`);
  if (!expected.includes(res.status)) {
    throw new DemoError(`step ${stepNo} failed: ${res.status} ${typeof res.body === 'object' ? (res.body?.message ?? JSON.stringify(res.body)) : res.body}`);
  }
  return Object.assign(res, { idem });
}

async function poll<T>(what: string, probe: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new DemoError(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function main() {
  const parties = loadParties();
  const as = (role: string): DemoKey => {
    const k = parties.keys.find((x) => x.role === role);
    if (!k) throw new DemoError(`${keysFile} has no ${role} key`);
    return k;
  };
  const employer = as('employer');
  const training = as('training-institution');
  const evaluation = as('evaluation-organisation');
  const agency = as('social-insurance-agency');
  const auditor = as('auditor');

  const health = await request(employer, 'GET', '/health');
  if (health.status !== 200) throw new DemoError(`the API at ${API_URL} is not healthy: ${JSON.stringify(health.body)}`);

  // A made-up person (valid GB 11643 check digit, never a real one), new on every run.
  const residentId = makeResidentId(`371702${'19880315'}${String(randomInt(0, 1000)).padStart(3, '0')}`);
  const certificateNumber = `DEMO-${Date.now().toString(36).toUpperCase()}`;
  out(`Heze specialist certification: one journey over HTTP at ${API_URL}`);
  out(`specialist: Zhang San, resident ID ${maskIdentifier(residentId)} (made up), target skill level 4, project ${parties.projectId}`);
  out();

  const opened = await step(employer, 'Open the journey (the general contractor applies for its labour-wage specialist)', 'POST', '/journeys', {
    residentId,
    name: 'Zhang San',
    targetLevel: 4,
    projectId: parties.projectId,
    insuredWithAgencyId: agency.organisationId,
    enterpriseEmployee: true,
    unemploymentInsuredSince: '2019-01-01',
  });
  const journeyId: string = opened.body.journeyId;
  out(`    journey ${journeyId}`);

  await step(training, 'Enrol in the training course', 'POST', `/journeys/${journeyId}/enrolment`);
  await step(training, 'Mark the course complete (先培训后认定: training before evaluation)', 'POST', `/journeys/${journeyId}/training-completion`, { completedOn: today() });
  const profile = { evaluationDate: today(), idNumber: residentId, workPeriods: [{ start: '2013-04-01', occupation: 'this' }] };
  const asked = await step(employer, 'Ask which levels the specialist may register for (POST /eligibility, RULES.md §3)', 'POST', '/eligibility', profile);
  for (const l of asked.body.levels as Array<{ level: number; eligible: boolean; offered: boolean; satisfiedClauses: string[] }>) {
    if (l.offered) out(`    level ${l.level}: ${l.eligible ? `eligible (${l.satisfiedClauses.join(', ')})` : 'not yet'}`);
  }
  await step(evaluation, 'Register for evaluation; the workflow has the rules check eligibility again', 'POST', `/journeys/${journeyId}/evaluation-registration`, { profile });
  await step(evaluation, 'Post the evaluation result: passed, 82 points', 'POST', `/journeys/${journeyId}/results`, { passed: true, score: 82, sittingDates: [today()] });
  await step(evaluation, `Issue the 劳动关系协调师 level-4 certificate ${certificateNumber}`, 'POST', `/journeys/${journeyId}/certificate`, { certificateNumber, issuedOn: today() });

  const claimBody = {};
  const claimed = await step(employer, 'Claim the skill-upgrade subsidy at the agency the specialist is insured with (RULES.md §5)', 'POST', `/journeys/${journeyId}/subsidy-claim`, claimBody);
  const subsidy = claimed.body?.context?.subsidy;
  if (subsidy) out(`    subsidy: ${JSON.stringify(subsidy)}`);
  const retry = await request(employer, 'POST', `/journeys/${journeyId}/subsidy-claim`, claimBody, (claimed as Answer & { idem: string }).idem);
  out(`    retry with the same Idempotency-Key → ${retry.status}, Idempotent-Replayed: ${retry.replayed} (nothing claimed twice)`);

  const claimId = subsidyClaimWorkflowId(journeyId, certificateNumber);
  const decided = await poll(
    `claim ${claimId} to be decided`,
    () => request(agency, 'GET', `/claims/${claimId}`),
    (r) => r.status === 200 && ['paymentInstructed', 'refused', 'expired', 'paid'].includes(r.body?.state),
  );
  stepNo += 1;
  out(`${String(stepNo).padStart(2)}. The rules decide the claim through the person's subsidy ledger; the payment is instructed`);
  out(`    by    the system (workflow ${claimId})`);
  out(`    HTTP  GET /claims/${claimId} → ${decided.status}   state: ${decided.body.state}   amount: ${decided.body.context?.amount ?? '?'} CNY, year ${decided.body.context?.year ?? '?'}`);
  if (decided.body.state !== 'paymentInstructed') throw new DemoError(`the claim was ${decided.body.state}: ${JSON.stringify(decided.body.context).slice(0, 300)}`);

  await step(agency, 'Confirm the payment of the subsidy', 'POST', `/claims/${claimId}/payment-confirmation`, { paidOn: today() });

  const closed = await poll(
    'the journey to close',
    () => request(auditor, 'GET', `/journeys/${journeyId}`),
    (r) => r.status === 200 && r.body?.state === 'closed',
    30_000,
  ).catch(() => null);
  const finalJourney = closed ?? (await request(auditor, 'GET', `/journeys/${journeyId}`));
  const finalClaim = await request(auditor, 'GET', `/claims/${claimId}`);
  out();
  out(`read back by ${who(auditor)}:`);
  out(`  journey ${journeyId}: ${finalJourney.body?.state}${finalJourney.body?.workflow?.context?.closedReason ? ` (${finalJourney.body.workflow.context.closedReason})` : ''}`);
  out(`  claim   ${claimId}: ${finalClaim.body?.state}, ${finalClaim.body?.context?.amount ?? '?'} CNY`);
  if (finalClaim.body?.state !== 'paid') throw new DemoError(`the claim ended ${finalClaim.body?.state}, not paid`);
  out('done: subsidy paid.');
  if (process.env.DEMO_IDS_FILE) fs.writeFileSync(process.env.DEMO_IDS_FILE, `${JSON.stringify({ journeyId, claimId })}\n`);
}

main().catch((err) => {
  process.stderr.write(`demo: ${err instanceof DemoError ? err.message : err instanceof Error ? (err.message.split('\n')[0] ?? String(err)) : String(err)}\n`);
  process.exitCode = 1;
});
