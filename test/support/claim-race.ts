import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { inject } from 'vitest';
import { openDatabase, PersonRecord, SubsidyLedgerEntry } from '@heze/persistence';
import { subsidyClaimWorkflowId, viewQuery, type MachineView } from '@heze/temporal';
import { subsidyClaimWorkflow } from '../../workflows/subsidy-claim.workflow';
import { waitFor } from './journey-driver';
import { newResidentId, type Party } from './parties';
import type { TestSystem } from './system';

/**
 * subsidy.once-per-year under a race: `n` claim workflows of one insured person (distinct
 * certificates, levels 4 and 3) started at once with the Temporal client, each decided through the
 * person's ledger. Over HTTP one person has at most two subsidised journeys (levels 4 and 3), so
 * larger races start the claim workflows directly. Returns every claim's decided view and the
 * person's ledger rows.
 */
export async function raceClaims(system: TestSystem, parties: Record<string, Party>, n: number): Promise<{ decided: MachineView[]; ledgerRows: number }> {
  const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
  const connection = await Connection.connect({ address: inject('temporalAddress') });
  try {
    const personKey = `race-${randomUUID().replace(/-/g, '')}`.slice(0, 32);
    const employerId = parties.employer.organisationId;
    const agencyId = parties['social-insurance-agency'].organisationId;
    await ds.getRepository(PersonRecord).insert({
      personKey, residentId: newResidentId(), masked: 'test', name: 'race', birthDate: '1990-01-01', employerId, insuredWithAgencyId: agencyId,
      enterpriseEmployee: true, unemploymentInsuredSince: '2019-01-01', agreedMonthlyWageFen: null, agreedBenefits: '{}', createdAt: new Date().toISOString(),
    });
    const client = new Client({ connection });
    const durations = { dayMs: 1000, leaveEscalationWorkingDays: 5, claimWindowMonths: 12, payrollGraceDays: 45 };
    const today = new Date().toISOString().slice(0, 10);
    const handles = await Promise.all(
      Array.from({ length: n }, (_, i) => {
        const journeyId = `${personKey}-journey-${i}`;
        const certificate = { number: `${personKey}-${i}`, issuedOn: today, level: i % 2 ? 3 : 4 };
        const claimId = subsidyClaimWorkflowId(journeyId, certificate.number);
        return client.workflow.start(subsidyClaimWorkflow, {
          workflowId: claimId,
          taskQueue: system.taskQueue,
          args: [{
            claimId, journeyId, personKey, employerId, agencyId, certificate,
            claimedBy: { role: 'employer', organisationId: employerId, keyId: null }, durations, taskQueue: system.taskQueue,
          }],
        });
      }),
    );
    const decided = await Promise.all(
      handles.map((h) => waitFor(() => h.query(viewQuery), (v) => ['paymentInstructed', 'refused'].includes(v.state), `claim ${h.workflowId} decided`, 90_000)),
    );
    return { decided, ledgerRows: await ds.getRepository(SubsidyLedgerEntry).countBy({ personKey }) };
  } finally {
    await connection.close();
    await ds.destroy();
  }
}
