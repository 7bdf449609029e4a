import { Client, WithStartWorkflowOperation, WorkflowIdConflictPolicy, WorkflowUpdateFailedError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '@heze/machines';
import type { AgreedPay, ProtectedPeriod } from '@heze/machines';
import { JourneyProjection, PayrollRecordRow, PersonRecord, ViolationCase } from '@heze/persistence';
import { addDays, computeWageShortfall, protectedPeriod, type BackPay, type PayrollRecord } from '@heze/rules';
import { transitionUpdate, projectWorkflowId } from '@heze/temporal';

const fen = (cny: number) => Math.round(cny * 100);

/** Baseline as the rules read it: CNY per month (RULES.md §4 [decision]: on record at approval). */
export interface WageBaseline {
  monthlyWage: number;
  benefits: Record<string, number>;
}

export interface ShortfallAnswer {
  outstandingFen: number;
  byComponent: Record<string, number>;
  clauses: string[];
}

function halfOpen(period: ProtectedPeriod) {
  return protectedPeriod({ approvedLeave: { start: period.from, end: addDays(period.to, 1) }, evaluationDays: period.sittingDates });
}

export function wageActivities(ds: DataSource, client: Client, taskQueue: string) {
  const records = (caseKey: string) => ds.getRepository(PayrollRecordRow).find({ where: { journeyId: caseKey }, order: { recordedAt: 'ASC', id: 'ASC' } });

  async function outstanding(caseKey: string, baseline: WageBaseline, period: ProtectedPeriod): Promise<ShortfallAnswer> {
    const rows = await records(caseKey);
    const payroll = rows.filter((r) => r.kind === 'payroll').map((r) => JSON.parse(r.detail) as PayrollRecord);
    const backPay = rows.filter((r) => r.kind === 'back-pay').map((r) => JSON.parse(r.detail) as BackPay);
    const answer = computeWageShortfall({ period: halfOpen(period), baseline, payroll, backPay });
    const byComponent: Record<string, number> = {};
    for (const c of answer.components) if (c.shortfall > 0) byComponent[c.component] = fen(c.shortfall);
    return { outstandingFen: fen(answer.totalShortfall), byComponent, clauses: answer.clauses };
  }

  /**
   * Issue 17 statistics: the back pay recorded against each open violation of the case since it opened,
   * summed again from the stored rows (so a retried activity counts each payment once).
   */
  async function recordBackPaid(caseKey: string): Promise<void> {
    const open = await ds.getRepository(ViolationCase).findBy({ caseKey, status: 'open' });
    if (!open.length) return;
    const backPay = (await records(caseKey)).filter((r) => r.kind === 'back-pay');
    for (const v of open) {
      const backPaidFen = backPay.filter((r) => r.recordedAt >= v.openedAt).reduce((sum, r) => sum + fen((JSON.parse(r.detail) as BackPay).amount), 0);
      await ds.getRepository(ViolationCase).update({ caseId: v.caseId }, { backPaidFen });
    }
  }

  return {
    /**
     * RULES.md §4 [decision]: the baseline is the agreed pay on record when the leave is approved: the
     * journey's own (issue 13.1), else, for journeys opened before that, the person row's. A plain
     * person key is what leaves scheduled before the change passed.
     */
    async snapshotWageBaseline(of: string | { personKey: string; journeyId: string }): Promise<WageBaseline> {
      const { personKey, journeyId } = typeof of === 'string' ? { personKey: of, journeyId: null } : of;
      const journey = journeyId ? await ds.getRepository(JourneyProjection).findOne({ where: { journeyId }, select: { agreedPay: true } }) : null;
      if (journey?.agreedPay) {
        const pay = JSON.parse(journey.agreedPay) as AgreedPay;
        return { monthlyWage: pay.monthlyWageFen / 100, benefits: Object.fromEntries(Object.entries(pay.benefitsFen).map(([k, v]) => [k, v / 100])) };
      }
      const person = await ds.getRepository(PersonRecord).findOneBy({ personKey });
      const benefits = JSON.parse(person?.agreedBenefits || '{}') as Record<string, number>;
      return {
        monthlyWage: (person?.agreedMonthlyWageFen ?? 0) / 100,
        benefits: Object.fromEntries(Object.entries(benefits).map(([k, v]) => [k, v / 100])),
      };
    },

    /** Stores the payroll record (idempotent by id) and compares everything recorded with the baseline. */
    async checkPayroll(p: { caseKey: string; employerId: string; record: PayrollRecord & { id: string }; baseline: WageBaseline; period: ProtectedPeriod; at: string }): Promise<ShortfallAnswer> {
      const { id, ...record } = p.record;
      await ds
        .createQueryBuilder()
        .insert()
        .into(PayrollRecordRow)
        .values({ id: `${p.caseKey}:${id}`, journeyId: p.caseKey, employerId: p.employerId, kind: 'payroll', detail: JSON.stringify(record), recordedAt: p.at })
        .orIgnore()
        .execute();
      return outstanding(p.caseKey, p.baseline, p.period);
    },

    /** Stores back pay (idempotent by its id) and answers what is still owed. */
    async checkBackPay(p: { caseKey: string; backPayId: string; employerId: string; amountFen: number; component: string; baseline: WageBaseline; period: ProtectedPeriod; at: string }): Promise<ShortfallAnswer> {
      await ds
        .createQueryBuilder()
        .insert()
        .into(PayrollRecordRow)
        .values({
          id: p.backPayId,
          journeyId: p.caseKey,
          employerId: p.employerId,
          kind: 'back-pay',
          detail: JSON.stringify({ component: p.component, amount: p.amountFen / 100, paidOn: p.at.slice(0, 10) } satisfies BackPay),
          recordedAt: p.at,
        })
        .orIgnore()
        .execute();
      await recordBackPaid(p.caseKey);
      return outstanding(p.caseKey, p.baseline, p.period);
    },

    /** Opens (or adds to) the violation case row; the case id is the machine's, so retries write one row. */
    async recordViolation(p: { violationId: string; caseKey: string; journeyId: string | null; employerId: string; shortfallFen: number; detail: unknown; at: string }): Promise<void> {
      const repo = ds.getRepository(ViolationCase);
      const journey = p.journeyId ? await ds.getRepository(JourneyProjection).findOneBy({ journeyId: p.journeyId }) : null;
      const existing = await repo.findOneBy({ caseId: p.violationId });
      if (existing) {
        // What was owed at most: the outstanding shortfall plus the back pay already made (issue 17).
        const owedFen = Math.max(existing.owedFen ?? 0, p.shortfallFen + (existing.backPaidFen ?? 0));
        await repo.update({ caseId: p.violationId }, { shortfallFen: p.shortfallFen, detail: JSON.stringify(p.detail), owedFen, caseKey: existing.caseKey ?? p.caseKey });
        return;
      }
      await ds
        .createQueryBuilder()
        .insert()
        .into(ViolationCase)
        .values({
          caseId: p.violationId,
          journeyId: p.journeyId ?? p.caseKey,
          employerId: p.employerId,
          projectId: journey?.projectId ?? null,
          status: 'open',
          shortfallFen: p.shortfallFen,
          detail: JSON.stringify(p.detail),
          openedAt: p.at,
          closedAt: null,
          caseKey: p.caseKey,
          owedFen: p.shortfallFen,
          backPaidFen: 0,
        })
        .orIgnore()
        .execute();
      // RULES.md §6.3: an arrears violation on the project withdraws (or blocks) its incentive.
      if (journey?.projectId) {
        await client.workflow
          .executeUpdateWithStart(transitionUpdate, {
            args: [{ event: { type: 'arrearsViolationFound', foundOn: p.at.slice(0, 10), reference: p.violationId, actor: SYSTEM_ACTOR } }],
            startWorkflowOperation: new WithStartWorkflowOperation('projectIncentiveWorkflow', {
              workflowId: projectWorkflowId(journey.projectId),
              taskQueue,
              args: [{ projectId: journey.projectId, contractorId: journey.employerId }],
              workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
            }),
          })
          .catch((err) => {
            if (!(err instanceof WorkflowUpdateFailedError)) throw err;
          });
      }
    },

    async closeViolation(p: { violationId: string; at: string }): Promise<void> {
      await ds.getRepository(ViolationCase).update({ caseId: p.violationId, status: 'open' }, { status: 'closed', closedAt: p.at });
    },
  };
}
