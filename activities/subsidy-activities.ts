import { Client, WithStartWorkflowOperation, WorkflowIdConflictPolicy } from '@temporalio/client';
import { DataSource, QueryFailedError } from 'typeorm';
import type { InstructPaymentParams, SubsidyProjectParams } from '@heze/machines';
import { JourneyProjection, NotificationRecord, PersonRecord, ProcessProjection, SubsidyLedgerEntry } from '@heze/persistence';
import type { ClaimProjectionDetail } from '@heze/persistence';
import type { MachineView } from '@heze/temporal';
import { upsertNewer } from './versioned-upsert';
import { stampProcessStages } from './process-activities';
import { decideSubsidy } from '@heze/rules';
import type { SkillLevel } from '@heze/rules';
import { monthsBetween } from './insured-months';
import { decideClaimUpdate, type LedgerDecision, type LedgerDecisionRequest, subsidyLedgerWorkflowId } from '@heze/temporal';

/** The claim's projection: the machine's params, the claim's view (as its Query answers) and the journey's employer. */
export interface SubsidyClaimProjectionRow extends SubsidyProjectParams {
  version: number;
  employerId: string;
  view: MachineView;
  at: string;
}

const isUniqueViolation = (err: unknown) =>
  err instanceof QueryFailedError && /unique|duplicate key/i.test(String((err as { message?: string }).message));

export function subsidyActivities(ds: DataSource, client: Client) {
  return {
    /** Sends the claim to the person's ledger workflow (started on first use) and waits for its decision. */
    async requestLedgerDecision(req: LedgerDecisionRequest & { taskQueue: string }): Promise<LedgerDecision> {
      const { taskQueue, ...request } = req;
      const workflowId = subsidyLedgerWorkflowId(req.personKey);
      return client.workflow.executeUpdateWithStart(decideClaimUpdate, {
        args: [request],
        startWorkflowOperation: new WithStartWorkflowOperation('subsidyLedgerWorkflow', {
          workflowId,
          taskQueue,
          args: [{ personKey: req.personKey }],
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
        }),
      });
    },

    /**
     * The decision itself (RULES.md §5), run by the ledger workflow one claim at a time. An approval
     * is a ledger row whose unique keys (person+year, certificate) make a second approval impossible
     * even if two decisions ever ran at once; a retry of the same claim finds its own row.
     */
    async decideSubsidyClaim(req: LedgerDecisionRequest): Promise<LedgerDecision> {
      const ledger = ds.getRepository(SubsidyLedgerEntry);
      const mine = await ledger.findOneBy({ claimId: req.claimId });
      if (mine) return { approved: true, amount: mine.amountFen / 100, year: mine.year, clauses: ['subsidy.once-per-year'] };
      // The journey's own facts (issue 13.1); journeys opened before then: the person row.
      const journey = req.journeyId ? await ds.getRepository(JourneyProjection).findOneBy({ journeyId: req.journeyId }) : null;
      const person =
        journey && journey.enterpriseEmployee !== null
          ? { enterpriseEmployee: journey.enterpriseEmployee, unemploymentInsuredSince: journey.unemploymentInsuredSince }
          : await ds.getRepository(PersonRecord).findOneBy({ personKey: req.personKey });
      // The person's approvals (subsidy.once-per-year) and any approval of this certificate (subsidy.certificate-once).
      const earlier = await ledger.find({ where: [{ personKey: req.personKey }, { certificateNumber: req.certificate.number }] });
      const decision = decideSubsidy({
        certificate: { number: req.certificate.number, level: req.certificate.level as SkillLevel, occupation: 'this', issued: req.certificate.issuedOn },
        person: {
          enterpriseEmployee: person?.enterpriseEmployee ?? false,
          unemploymentInsuredMonths: person?.unemploymentInsuredSince ? monthsBetween(person.unemploymentInsuredSince, req.decisionDate) : 0,
        },
        // Another person's approval of this certificate counts for subsidy.certificate-once only, not for this person's year.
        earlierClaims: earlier.map((e) => ({ certificateNumber: e.certificateNumber, approvedOn: e.personKey === req.personKey ? e.approvedOn : null, status: 'approved' as const })),
        decisionDate: req.decisionDate,
      });
      if (!decision.approved) return { approved: false, failingRules: decision.failingRules, reasons: decision.reasons.map((r) => `${r.rule}: ${r.reason}`) };
      try {
        await ledger.insert({
          claimId: req.claimId,
          personKey: req.personKey,
          year: decision.year,
          certificateNumber: req.certificate.number,
          level: req.certificate.level,
          amountFen: Math.round(decision.amount * 100),
          agencyId: req.agencyId,
          status: 'approved',
          approvedOn: req.decisionDate,
          paidAt: null,
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        const again = await ledger.findOneBy({ claimId: req.claimId });
        if (again) return { approved: true, amount: again.amountFen / 100, year: again.year, clauses: decision.clauses };
        const sameCertificate = await ledger.existsBy({ certificateNumber: req.certificate.number });
        return sameCertificate
          ? { approved: false, failingRules: ['subsidy.certificate-once'], reasons: ['this certificate was approved in another claim at the same moment'] }
          : { approved: false, failingRules: ['subsidy.once-per-year'], reasons: ['another claim of this person was approved for this year at the same moment'] };
      }
      return { approved: true, amount: decision.amount, year: decision.year, clauses: decision.clauses };
    },

    /** Payment instruction to the agency: one outbox row per claim, whatever the retries. */
    async instructPayment(p: InstructPaymentParams): Promise<{ paymentReference: string }> {
      const paymentReference = `PAY-${p.claimId}`;
      await ds
        .createQueryBuilder()
        .insert()
        .into(NotificationRecord)
        .values({
          id: `payment-instruction:${p.claimId}`,
          recipientRole: 'social-insurance-agency',
          recipientId: p.agencyId,
          kind: 'subsidy-payment-instruction',
          journeyId: p.claimId,
          payload: JSON.stringify({ claimId: p.claimId, certificateNumber: p.certificateNumber, amount: p.amount, year: p.year, paymentReference }),
          createdAt: new Date().toISOString(),
          deliveredAt: null,
        })
        .orIgnore()
        .execute();
      await ds.getRepository(SubsidyLedgerEntry).update({ claimId: p.claimId, status: 'approved' }, { status: 'payment-instructed' });
      return { paymentReference };
    },

    /**
     * The claim's read model (issue 14): its process_projections row (kind 'subsidy-claim', owner the
     * agency) holds the claim's view as its Query answers it, so GET /claims/:id and the claim's party
     * check read it without a worker; an older version never overwrites a newer one. Also keeps the
     * ledger row's status in step with the claim (paid only once: the row moves forward only).
     * Claims started before issue 14 get their row at their next transition.
     */
    async projectSubsidyClaim(p: SubsidyClaimProjectionRow): Promise<void> {
      const detail: ClaimProjectionDetail = { view: p.view, employerId: p.employerId, cause: p.cause, actor: p.actor };
      await upsertNewer(ds, ProcessProjection, 'workflowId', {
        workflowId: p.claimId,
        kind: 'subsidy-claim',
        journeyId: p.journeyId,
        state: p.state,
        ownerId: p.agencyId,
        version: p.version,
        detail: JSON.stringify(detail),
        updatedAt: p.at,
        ...claimFigures(p),
      } as ProcessProjection, { openedAt: p.at } as Partial<ProcessProjection>);
      await stampProcessStages(ds, p.claimId, 'subsidy-claim', p.state, p.at);
      if (p.state === 'paid') {
        await ds
          .getRepository(SubsidyLedgerEntry)
          .createQueryBuilder()
          .update()
          .set({ status: 'paid', paidAt: new Date().toISOString() })
          .where('claimId = :id AND status <> :paid', { id: p.claimId, paid: 'paid' })
          .execute();
      }
    },
  };
}

/**
 * Issue 17 statistics: the claim's year (the one its approval counts against; a claim not approved: the
 * year of this transition), the approved and paid amounts in fen and the failing rule ids as `,rule,`.
 */
function claimFigures(p: SubsidyClaimProjectionRow) {
  const amountFen = typeof p.amount === 'number' ? Math.round(p.amount * 100) : null;
  return {
    year: typeof p.year === 'number' ? p.year : Number(p.at.slice(0, 4)),
    amountFen,
    paidFen: p.state === 'paid' ? amountFen : null,
    refusalRules: p.state === 'refused' && p.failingRules?.length ? `,${p.failingRules.join(',')},` : null,
  };
}
