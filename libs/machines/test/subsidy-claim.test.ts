import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  SUBSIDY_CLAIM_WINDOW_EVENT,
  SUBSIDY_PAYMENT_OVERDUE_EVENT,
  stateName,
  step,
  subsidyClaimExternalEvents,
  subsidyClaimInternalEvents,
  subsidyClaimMachine,
  subsidyClaimNextEvents,
  subsidyClaimProjection,
  subsidyClaimStates,
  type SubsidyClaimEvent,
  type SubsidyClaimInput,
} from '../src';
import { AGENCY, EMPLOYER, OTHER_AGENCY, SPECIALIST, SYSTEM } from './actors';
import { matrix, ofType, paramsOf, REFUSED, run } from './harness';

const WINDOW_MS = 60_000;
const certificate = { number: 'S000037170000254000123', issuedOn: '2026-12-20', level: 4 };
const input: SubsidyClaimInput = {
  claimId: 'claim-S000037170000254000123',
  personKey: 'person-hash-1',
  certificate,
  agencyId: 'SIA-1',
  journeyId: 'journey-1',
  config: { claimWindowMs: WINDOW_MS },
};

const ev = {
  confirm: { type: 'confirmPayment', actor: AGENCY, paidOn: '2027-02-01', paymentReference: 'PAY-77' },
  approved: { type: 'subsidy.approved', actor: SYSTEM, amount: 1500, year: 2027 },
  refused: { type: 'subsidy.refused', actor: SYSTEM, failingRules: ['S5-once-per-year'] },
  instructed: { type: 'payment.instructed', actor: SYSTEM, paymentReference: 'INSTR-1' },
} satisfies Record<string, SubsidyClaimEvent>;
const windowElapsed = { type: SUBSIDY_CLAIM_WINDOW_EVENT };
const paymentOverdue = { type: SUBSIDY_PAYMENT_OVERDUE_EVENT };

describe('subsidyClaimMachine: every state × every event (the table is the spec)', () => {
  const R = REFUSED;
  const row = (
    confirm: string | null,
    approved: string | null,
    refused: string | null,
    instructed: string | null,
    window: string | null,
    overdue: string | null,
  ) => ({ confirm, approved, refused, instructed, window, overdue });

  matrix({
    machine: subsidyClaimMachine,
    input,
    states: subsidyClaimStates,
    eventTypes: [...subsidyClaimExternalEvents, ...subsidyClaimInternalEvents, SUBSIDY_CLAIM_WINDOW_EVENT, SUBSIDY_PAYMENT_OVERDUE_EVENT],
    externalEventTypes: subsidyClaimExternalEvents,
    paths: {
      submitted: [],
      approved: [ev.approved],
      paymentInstructed: [ev.approved, ev.instructed],
      paid: [ev.approved, ev.instructed, ev.confirm],
      refused: [ev.refused],
      expired: [windowElapsed],
    },
    samples: { ...ev, window: windowElapsed, overdue: paymentOverdue },
    table: {
      //                     confirm  approved    refused    instructed            window     overdue (issue 13.3: flagged, stays)
      submitted: row(R, 'approved', 'refused', R, 'expired', R),
      approved: row(R, R, R, 'paymentInstructed', R, R),
      paymentInstructed: row('paid', R, R, R, R, 'paymentInstructed'),
      paid: row(R, R, R, R, R, R),
      refused: row(R, R, R, R, R, R),
      expired: row(R, R, R, R, R, R),
    },
  });
});

describe('subsidyClaimMachine: decision and payment (§5)', () => {
  it('submission asks for the decision: decideSubsidy {claimId, personKey, certificate, agencyId}', () => {
    const { actions } = run(subsidyClaimMachine, input, []);
    expect(paramsOf(actions, 'decideSubsidy')).toEqual({
      claimId: 'claim-S000037170000254000123',
      personKey: 'person-hash-1',
      journeyId: 'journey-1',
      agencyId: 'SIA-1',
      certificate,
    });
    expect(ofType(actions, 'project')).toEqual([]); // the runner projects (issue 14)
    expect(subsidyClaimProjection(run(subsidyClaimMachine, input, []).snapshot, { type: 'xstate.init' }).state).toBe('submitted');
  });

  it('§5 approval with amount and year instructs the payment', () => {
    const { snapshot, actions } = run(subsidyClaimMachine, input, [ev.approved]);
    expect(snapshot.context).toMatchObject({ amount: 1500, year: 2027 });
    expect(paramsOf(actions, 'instructPayment')).toEqual({
      claimId: 'claim-S000037170000254000123',
      personKey: 'person-hash-1',
      agencyId: 'SIA-1',
      certificateNumber: 'S000037170000254000123',
      amount: 1500,
      year: 2027,
    });
  });

  it('only the claim\'s own social-insurance agency confirms the payment', () => {
    const s = run(subsidyClaimMachine, input, [ev.approved, ev.instructed]).snapshot;
    expect(s.context.paymentReference).toBe('INSTR-1');
    expect(s.can({ ...ev.confirm, actor: OTHER_AGENCY })).toBe(false);
    expect(s.can({ ...ev.confirm, actor: EMPLOYER })).toBe(false);
    expect(s.can({ ...ev.confirm, actor: SPECIALIST })).toBe(false);
    expect(s.can({ ...ev.confirm, actor: SYSTEM })).toBe(false);
    expect(s.can({ ...ev.confirm, paidOn: 'soon' })).toBe(false);
    const paid = step(subsidyClaimMachine, s, ev.confirm);
    expect(paid.snapshot.status).toBe('done');
    expect(paid.snapshot.context).toMatchObject({ paidOn: '2027-02-01', paymentReference: 'PAY-77', confirmedBy: AGENCY });
    expect(paid.snapshot.output).toEqual({
      claimId: 'claim-S000037170000254000123',
      outcome: 'paid',
      amount: 1500,
      year: 2027,
      failingRules: [],
    });
  });

  it('§5 a refusal carries the failing rule ids', () => {
    const { snapshot, actions } = run(subsidyClaimMachine, input, [ev.refused]);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toMatchObject({ outcome: 'refused', failingRules: ['S5-once-per-year'] });
    expect(subsidyClaimProjection(snapshot, ev.refused)).toMatchObject({ state: 'refused', failingRules: ['S5-once-per-year'], cause: 'subsidy.refused' });
    expect(paramsOf(actions, 'xstate.cancel')).toEqual({ sendId: SUBSIDY_CLAIM_WINDOW_EVENT });
  });

  it('decision results come from the system only, well-formed', () => {
    const s = run(subsidyClaimMachine, input, []).snapshot;
    expect(s.can({ ...ev.approved, actor: AGENCY })).toBe(false);
    expect(s.can({ ...ev.refused, actor: AGENCY })).toBe(false);
    expect(s.can({ ...ev.approved, amount: 0 })).toBe(false);
    expect(s.can({ ...ev.approved, year: 2027.5 })).toBe(false);
    expect(s.can({ ...ev.refused, failingRules: [] })).toBe(false);
    const a = run(subsidyClaimMachine, input, [ev.approved]).snapshot;
    expect(a.can({ ...ev.instructed, actor: AGENCY })).toBe(false);
  });
});

describe('subsidyClaimMachine: §5 claim window (timer)', () => {
  it('submission surfaces an xstate.raise with the configured window; feeding it back expires the claim', () => {
    const { snapshot, actions } = run(subsidyClaimMachine, input, []);
    const raise = paramsOf(actions, 'xstate.raise');
    expect(raise).toEqual({ event: { type: SUBSIDY_CLAIM_WINDOW_EVENT }, id: SUBSIDY_CLAIM_WINDOW_EVENT, delay: WINDOW_MS });
    const expired = step(subsidyClaimMachine, snapshot, raise.event);
    expect(stateName(expired.snapshot)).toBe('expired');
    expect(expired.snapshot.output).toMatchObject({ outcome: 'expired' });
    expect(subsidyClaimProjection(expired.snapshot, raise.event).state).toBe('expired');
  });

  it('a decision in time cancels the timer; the late timer is refused', () => {
    const { snapshot, actions } = run(subsidyClaimMachine, input, [ev.approved]);
    expect(paramsOf(actions, 'xstate.cancel')).toEqual({ sendId: SUBSIDY_CLAIM_WINDOW_EVENT });
    expect(step(subsidyClaimMachine, snapshot, windowElapsed).accepted).toBe(false);
    expect(ofType(actions, 'xstate.raise')).toEqual([]);
  });

  it('default window 365 days', () => {
    const { actions } = run(subsidyClaimMachine, { ...input, config: undefined }, []);
    expect(paramsOf(actions, 'xstate.raise').delay).toBe(365 * DAY_MS);
  });

  it('allowed next events', () => {
    expect(subsidyClaimNextEvents(run(subsidyClaimMachine, input, []).snapshot)).toEqual([]);
    expect(subsidyClaimNextEvents(run(subsidyClaimMachine, input, [ev.approved, ev.instructed]).snapshot)).toEqual([
      'confirmPayment',
    ]);
  });
});

describe('subsidyClaimMachine: an instructed payment has a deadline (issue 13.3)', () => {
  it('at the deadline the claim is flagged overdue, the agency notified, and it stays payable', () => {
    const { snapshot } = run(subsidyClaimMachine, { ...input, config: { ...input.config, paymentDeadlineMs: 5_000 } }, [ev.approved, ev.instructed]);
    expect(snapshot.context.paymentOverdue).toBe(false);
    const r = step(subsidyClaimMachine, snapshot, paymentOverdue);
    expect(stateName(r.snapshot)).toBe('paymentInstructed');
    expect(r.snapshot.context.paymentOverdue).toBe(true);
    expect(paramsOf(r.actions, 'notifyPaymentOverdue')).toEqual({
      kind: 'subsidy-payment-overdue',
      claimId: input.claimId,
      agencyId: 'SIA-1',
      journeyId: 'journey-1',
      paymentReference: 'INSTR-1',
      overdueAfterMs: 5_000,
    });
    expect(stateName(step(subsidyClaimMachine, r.snapshot, ev.confirm).snapshot)).toBe('paid');
  });

  it('entering paymentInstructed starts the deadline timer with the configured delay', () => {
    const { actions } = run(subsidyClaimMachine, { ...input, config: { ...input.config, paymentDeadlineMs: 5_000 } }, [ev.approved, ev.instructed]);
    expect(actions.filter((a) => a.type === 'xstate.raise').map((a) => (a.params as { delay?: number }).delay)).toContain(5_000);
  });
});
