import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { journeyMachine, studyLeaveMachine, subsidyClaimMachine, wageProtectionMachine } from '@heze/machines';
import { PROJECTION_POINT, withProjectionPoints } from './machine-runner';

// Where the runner writes the projection (issue 14): the place each state's `entry: { type: 'project' }`
// had before, so that state-entering transitions issue the same commands as before (docs/replay.md).
const SYSTEM = { role: 'system', organisationId: null, keyId: null };
const EMPLOYER = { role: 'employer', organisationId: 'EMP-1', keyId: 'k' };
const P = PROJECTION_POINT;

function walk(machine: AnyStateMachine, input: unknown, events: Array<Record<string, unknown> & { type: string }>) {
  const derived = withProjectionPoints(machine);
  const [s0, a0] = initialTransition(derived, input);
  const [o0] = initialTransition(machine, input);
  const steps: string[][] = [a0.map((a) => a.type as string)];
  let s: AnyMachineSnapshot = s0;
  let o: AnyMachineSnapshot = o0;
  for (const e of events) {
    const [next, actions] = transition(derived, s, e as never);
    const [orig, origActions] = transition(machine, o, e as never);
    // The copy decides exactly like the machine: same state, same context, same actions besides the point.
    expect(next.value).toEqual(orig.value);
    expect(next.context).toEqual(orig.context);
    expect(actions.map((a) => a.type as string).filter((t) => t !== P)).toEqual(origActions.map((a) => a.type as string));
    steps.push(actions.map((a) => a.type as string));
    s = next;
    o = orig;
  }
  return steps;
}

describe('the runner projection point (withProjectionPoints)', () => {
  it('comes first among a state entry\'s actions, after the exit and transition actions, before the `after` timers', () => {
    const claim = walk(subsidyClaimMachine, { claimId: 'c', personKey: 'p', certificate: { number: 'N', issuedOn: '2026-01-01', level: 4 }, agencyId: 'A', config: { claimWindowMs: 1000, paymentDeadlineMs: 500 } }, [
      { type: 'subsidy.approved', actor: SYSTEM, amount: 1500, year: 2026 },
      { type: 'payment.instructed', actor: SYSTEM, paymentReference: 'R' },
      { type: 'xstate.after.paymentDeadline.subsidyClaim.paymentInstructed' },
    ]);
    expect(claim).toEqual([
      [P, 'decideSubsidy', 'xstate.raise'],
      ['xstate.cancel', P, 'instructPayment'],
      [P, 'xstate.raise'],
      // Targetless (the overdue flag): no state entered, no point; the runner projects after the actions.
      ['notifyPaymentOverdue'],
    ]);
  });

  it('marks entries only: a transition that stays in its state has none', () => {
    const wages = walk(wageProtectionMachine, { caseKey: 'w', employerId: 'EMP-1', baseline: {}, period: { from: '2026-01-01', to: '2026-01-31', sittingDates: [] } }, [
      { type: 'recordPayroll', actor: EMPLOYER, record: { id: 'r1' } },
      { type: 'payroll.ok', actor: SYSTEM, recordId: 'r1' },
      { type: 'periodEnded', actor: SYSTEM },
    ]);
    expect(wages).toEqual([[P], ['checkPayroll'], [], [P]]);
    const leave = walk(studyLeaveMachine, { leaveId: 'l', employerId: 'EMP-1', from: '2026-01-05', to: '2026-01-09', purpose: 'training', config: { escalationMs: 1000 } }, [
      { type: 'decide', actor: EMPLOYER, approved: true },
      { type: 'extendToSittings', actor: SYSTEM, dates: ['2026-01-12'] },
    ]);
    expect(leave).toEqual([[P, 'xstate.raise'], ['xstate.cancel', P, 'openProtectedPeriod'], ['extendProtectedPeriod']]);
  });

  it('the journey: the rules are asked before the registering projection; the claim window starts after the certified one', () => {
    const TI = { role: 'training-institution', organisationId: 'TI-1', keyId: 'k' };
    const EO = { role: 'evaluation-organisation', organisationId: 'EO-1', keyId: 'k' };
    const steps = walk(journeyMachine, { journeyId: 'j', personKey: 'p', targetLevel: 4, employerId: 'EMP-1', projectId: 'PRJ-1', config: { claimWindowMs: 1000 } }, [
      { type: 'enrol', actor: TI },
      { type: 'completeTraining', actor: TI, completedOn: '2026-01-01' },
      { type: 'registerForEvaluation', actor: EO, profile: {} },
      { type: 'eligibility.confirmed', actor: SYSTEM },
      { type: 'postResult', actor: EO, passed: true, sittingDates: ['2026-02-01'] },
      { type: 'issueCertificate', actor: EO, certificateNumber: 'N', issuedOn: '2026-02-02' },
      { type: 'recordAgreedPay', actor: EMPLOYER, agreedPay: { monthlyWageFen: 1, benefitsFen: {} } },
      { type: 'claimSubsidy', actor: EMPLOYER, agencyId: 'A' },
    ]);
    expect(steps).toEqual([
      [P],
      [P],
      [P],
      ['evaluateEligibility', P],
      [P],
      ['forwardSittingDates', P],
      ['reportCertification', P, 'xstate.raise'],
      [],
      ['xstate.cancel', 'startSubsidyClaim', P],
    ]);
  });
});
