import { log, ParentClosePolicy, patched, proxyActivities, sleep, startChild, workflowInfo } from '@temporalio/workflow';
import {
  SYSTEM_ACTOR,
  studyLeaveMachine,
  studyLeaveNextEvents,
  studyLeaveProjection,
  type ExtendProtectedPeriodParams,
  type LeavePurpose,
  type LeaveUnansweredNotice,
  type ProtectedPeriodParams,
  type StudyLeaveSnapshot,
} from '@heze/machines';
import { addWorkingDays, chinaCalendar, daysBetween } from '@heze/rules/days';
import { HezeEmployer, wageProtectionWorkflowId } from '@heze/temporal';
import type { Activities } from '../activities/activity-types';
import type { WorkflowDurations } from './durations';
import { runMachine } from './machine-runner';
import { sendToProcess } from './process-link';
import { wageProtectionWorkflow } from './wage-protection.workflow';

export interface StudyLeaveWorkflowInput {
  leaveId: string;
  journeyId: string;
  personKey: string;
  employerId: string;
  from: string;
  to: string;
  purpose: LeavePurpose;
  durations: WorkflowDurations;
  /**
   * RULES.md §4 escalation deadline (ISO date), computed by the API from the calendar files it loaded
   * (calendars/cn-YYYY.json), so an updated file reaches new requests. Absent in histories started before it.
   */
  escalationDeadline?: string;
}

const acts = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

/** Full-time study leave (RULES.md §4): the employer answers within N working days or it escalates. */
export async function studyLeaveWorkflow(input: StudyLeaveWorkflowInput) {
  const now = () => new Date().toISOString();
  const today = now().slice(0, 10);
  // RULES.md §4 [decision]: escalate after N working days (weekends and the holiday calendar skipped).
  // No patched() needed: the deadline only sets the escalation timer's length, and old histories, whose
  // input has no escalationDeadline, still compute it here with the frozen bundled calendar, exactly as
  // they did; no command is added, removed or reordered for them.
  const deadline = input.escalationDeadline ?? addWorkingDays(today, input.durations.leaveEscalationWorkingDays, chinaCalendar);
  // max(0, …): the API's day may have been the one before the workflow's (a request at midnight).
  const escalationMs = Math.max(0, daysBetween(today, deadline)) * input.durations.dayMs;
  const wageCase = wageProtectionWorkflowId(input.leaveId);
  const graceMs = input.durations.payrollGraceDays * input.durations.dayMs;
  // issue 14: the payroll grace period is the machine's (`ended` → `closed`). Leaves started before
  // end in `ended` and wait it out here, after the machine, as they did (docs/replay.md).
  const graceInMachine = patched('study-leave-payroll-grace-in-machine');
  const endPeriod = () => sendToProcess(wageCase, { type: 'periodEnded', actor: SYSTEM_ACTOR });
  // issue 14: the leave tells its journey it exists (the journey keeps the list and sends it the days
  // sat), instead of the journey looking for it in Visibility. Not awaited: the leave's handlers are set
  // up in this first workflow task. A journey that has ended has no use for it (logged).
  if (patched('study-leave-tells-journey') && input.journeyId) {
    sendToProcess(input.journeyId, { type: 'studyLeave.opened', leaveId: input.leaveId, actor: SYSTEM_ACTOR }).catch((err) =>
      log.info('the journey was not told of its leave', { journeyId: input.journeyId, error: String(err) }),
    );
  }

  const view = await runMachine({
    workflowType: 'studyLeave',
    machine: studyLeaveMachine,
    input: {
      leaveId: input.leaveId,
      employerId: input.employerId,
      from: input.from,
      to: input.to,
      purpose: input.purpose,
      journeyId: input.journeyId,
      personKey: input.personKey,
      config: { escalationMs, payrollGraceMs: graceInMachine ? graceMs : Number.POSITIVE_INFINITY },
    },
    doneWhen: graceInMachine ? undefined : (s) => s.value === 'ended',
    nextEvents: (s) => studyLeaveNextEvents(s as never),
    searchAttributes: () => [{ key: HezeEmployer, value: input.employerId }],
    project: async (s, cause, view) => {
      const p = studyLeaveProjection(s as StudyLeaveSnapshot, cause);
      await acts.projectProcess({
        workflowId: workflowInfo().workflowId,
        kind: 'study-leave',
        journeyId: input.journeyId,
        state: p.state,
        ownerId: input.employerId,
        version: view.version,
        detail: { from: p.from, to: p.to, purpose: p.purpose, escalated: p.escalated, protectedPeriod: p.protectedPeriod, cause: p.cause, actor: p.actor, escalationDeadline: deadline },
        at: now(),
      });
    },
    actions: {
      notifyLabourInspection: async (p: LeaveUnansweredNotice) => {
        await acts.notify({
          id: `${workflowInfo().workflowId}:${p.kind}`,
          recipientRole: 'labour-inspection',
          recipientId: null,
          kind: p.kind,
          journeyId: input.journeyId,
          payload: { ...p, deadline },
          at: now(),
        });
      },
      openProtectedPeriod: async (p: ProtectedPeriodParams) => {
        const baseline = await acts.snapshotWageBaseline({ personKey: input.personKey, journeyId: input.journeyId });
        await startChild(wageProtectionWorkflow, {
          workflowId: wageCase,
          parentClosePolicy: ParentClosePolicy.ABANDON,
          args: [{ caseKey: wageCase, employerId: input.employerId, baseline, period: p.protectedPeriod, journeyId: input.journeyId, leaveId: input.leaveId }],
        });
      },
      extendProtectedPeriod: async (p: ExtendProtectedPeriodParams) => {
        await sendToProcess(wageCase, { type: 'period.extended', period: p.protectedPeriod, actor: SYSTEM_ACTOR });
      },
      // Payroll for the leave is recorded after it: wage protection ends once that payroll is due.
      closeProtectedPeriod: async () => {
        await endPeriod();
      },
    },
  });
  if (!graceInMachine && view.state === 'ended') {
    await sleep(graceMs);
    await endPeriod();
  }
  return view;
}
