import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  SYSTEM_ACTOR,
  wageProtectionMachine,
  wageProtectionNextEvents,
  wageProtectionProjection,
  type CheckBackPayParams,
  type CheckPayrollParams,
  type CloseViolationCaseParams,
  type ViolationCaseParams,
  type WageProtectionSnapshot,
  type WageShortfallNotice,
} from '@heze/machines';
import type { ProtectedPeriod } from '@heze/machines';
import { HezeEmployer } from '@heze/temporal';
import type { Activities } from '../activities/activity-types';
import type { WageBaseline } from '../activities/wage-activities';
import { runMachine } from './machine-runner';

export interface WageProtectionWorkflowInput {
  caseKey: string;
  employerId: string;
  baseline: WageBaseline;
  period: ProtectedPeriod;
  journeyId: string;
  leaveId: string;
}

const acts = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

/** RULES.md §4: every payroll record in the protected period is compared with the baseline; a shortfall is a case. */
export async function wageProtectionWorkflow(input: WageProtectionWorkflowInput) {
  const now = () => new Date().toISOString();
  const answer = (a: { outstandingFen: number; byComponent: Record<string, number>; clauses: string[] }, recordId: string | null) =>
    a.outstandingFen > 0
      ? { type: 'payroll.shortfall', actor: SYSTEM_ACTOR, recordId, shortfall: { total: a.outstandingFen, byComponent: a.byComponent }, clauses: a.clauses }
      : { type: 'payroll.ok', actor: SYSTEM_ACTOR, recordId };

  return runMachine({
    workflowType: 'wageProtection',
    machine: wageProtectionMachine,
    input: { caseKey: input.caseKey, employerId: input.employerId, baseline: input.baseline as never, period: input.period, journeyId: input.journeyId, leaveId: input.leaveId },
    nextEvents: (s) => wageProtectionNextEvents(s as never),
    searchAttributes: () => [{ key: HezeEmployer, value: input.employerId }],
    project: async (s, cause, view) => {
      const p = wageProtectionProjection(s as WageProtectionSnapshot, cause);
      await acts.projectProcess({
        workflowId: workflowInfo().workflowId,
        kind: 'wage-protection',
        journeyId: input.journeyId,
        state: p.state,
        ownerId: input.employerId,
        version: view.version,
        detail: { openViolationId: p.openViolationId, violations: p.violations, checkedRecords: p.checkedRecords, cause: p.cause, actor: p.actor },
        at: now(),
      });
    },
    actions: {
      checkPayroll: async (p: CheckPayrollParams) => {
        const a = await acts.checkPayroll({ ...p, record: p.record as never, baseline: input.baseline, at: now() });
        return answer(a, p.record.id);
      },
      openViolationCase: async (p: ViolationCaseParams) => {
        await acts.recordViolation({ violationId: p.violationId, caseKey: p.caseKey, journeyId: p.journeyId, employerId: p.employerId, shortfallFen: p.shortfall.total, detail: p, at: now() });
      },
      addToViolationCase: async (p: ViolationCaseParams) => {
        await acts.recordViolation({ violationId: p.violationId, caseKey: p.caseKey, journeyId: p.journeyId, employerId: p.employerId, shortfallFen: p.shortfall.total, detail: p, at: now() });
      },
      notifyLabourInspection: async (p: WageShortfallNotice, { view }) => {
        await acts.notify({
          id: `${p.violationId}:${p.recordId ?? view().version}:${p.kind}`,
          recipientRole: 'labour-inspection',
          recipientId: null,
          kind: p.kind,
          journeyId: input.journeyId,
          payload: { ...p },
          at: now(),
        });
      },
      checkBackPay: async (p: CheckBackPayParams, { view }) => {
        const a = await acts.checkBackPay({
          caseKey: p.caseKey,
          backPayId: `${p.violationId}:back-pay:${view().version}`,
          employerId: p.employerId,
          amountFen: p.amount,
          component: p.component,
          baseline: input.baseline,
          period: (view().context as { period: ProtectedPeriod }).period,
          at: now(),
        });
        return a.outstandingFen > 0
          ? { type: 'backpay.insufficient', actor: SYSTEM_ACTOR, remaining: a.outstandingFen }
          : { type: 'backpay.covered', actor: SYSTEM_ACTOR };
      },
      closeViolationCase: async (p: CloseViolationCaseParams) => {
        await acts.closeViolation({ violationId: p.violationId, at: now() });
      },
    },
  });
}
