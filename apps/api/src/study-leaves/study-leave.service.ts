import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { Client, WorkflowIdConflictPolicy } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@heze/config';
import { PayrollRecordRow } from '@heze/persistence';
import { calendarFileName, addWorkingDays, MissingCalendarYearError, type WorkingDayCalendar } from '@heze/rules';
import { viewQuery, type MachineView } from '@heze/temporal';
import { studyLeaveWorkflow, type StudyLeaveWorkflowInput } from '../../../../workflows/study-leave.workflow';
import type { Caller } from '../auth/caller';
import { sendEvent, viewOf } from '../infrastructure/send-event';
import { APP_CONFIG, TEMPORAL_CLIENT, WORKING_DAY_CALENDAR } from '../infrastructure/tokens';

/** JSON with object keys sorted, so that two bodies with the same content compare equal. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Study leave and its wage protection (RULES.md §4): one Update per write, like journeys. */
@Injectable()
export class StudyLeaveService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  async view(workflowId: string): Promise<MachineView> {
    return viewOf(this.client, workflowId);
  }

  async send(workflowId: string, caller: Caller, event: { type: string } & Record<string, unknown>): Promise<MachineView> {
    return sendEvent(this.client, workflowId, caller, event);
  }

  /**
   * RULES.md §4 `wage.leave-escalation`: N working days after `today`, from the calendar files loaded at
   * start (computed here, not in the workflow, so an updated file reaches new requests). A deadline that
   * needs a year the files lack is refused with a 503 naming it (the server lacks data the operator must
   * add; the request itself is fine), unless CALENDAR_MISSING_YEAR=weekdays.
   */
  escalationDeadline(today: string): string {
    const n = this.config.durations.leaveEscalationWorkingDays;
    try {
      return addWorkingDays(today, n, this.calendar);
    } catch (err) {
      if (!(err instanceof MissingCalendarYearError)) throw err;
      throw new ServiceUnavailableException({
        message:
          `wage.leave-escalation: the escalation deadline (${n} working days after ${today}) falls in ${err.year}, which the working-day calendar does not hold; ` +
          `nothing was started. The operator must add ${calendarFileName(err.year)} (the State Council's holiday arrangement for ${err.year}) to the calendar directory and restart, ` +
          `or set CALENDAR_MISSING_YEAR=weekdays to count Monday–Friday`,
        rule: 'wage.leave-escalation',
        missingCalendarYear: err.year,
      });
    }
  }

  async startStudyLeave(input: Omit<StudyLeaveWorkflowInput, 'escalationDeadline'>): Promise<MachineView> {
    // Before the start: a deadline that cannot be computed starts nothing.
    const escalationDeadline = this.escalationDeadline(new Date().toISOString().slice(0, 10));
    const handle = await this.client.workflow.start(studyLeaveWorkflow, {
      workflowId: input.leaveId,
      taskQueue: this.config.temporal.taskQueue,
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
      args: [{ ...input, escalationDeadline }],
    });
    return handle.query(viewQuery);
  }

  /**
   * issue 13.9: a payroll record id already recorded for this case. The same content again is a
   * replay ('same': nothing changes); other content under the same id is 'different' (a 409).
   */
  async payrollRecordSeen(caseKey: string, record: { id: string }): Promise<'new' | 'same' | 'different'> {
    const row = await this.ds.getRepository(PayrollRecordRow).findOne({ where: { id: `${caseKey}:${record.id}` }, select: { detail: true } });
    if (!row) return 'new';
    const { id: _id, ...content } = record;
    return canonicalJson(JSON.parse(row.detail)) === canonicalJson(content) ? 'same' : 'different';
  }

  get durations() {
    return this.config.durations;
  }
}
