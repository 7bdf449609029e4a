/**
 * Dates and amounts that contradict what the journey or process has already recorded (issue 13.8,
 * docs/dates.md). Checked at the edge, after the ownership check (a stranger learns nothing) and
 * before the event is sent, so a refusal changes nothing. The facts compared with do not change once
 * recorded (a completion day, a passed result's sittings, an approval), except where said.
 */
import { ConflictException, UnprocessableEntityException } from '@nestjs/common';
import type { MachineView } from '@heze/temporal';

/** 422: the request is well-formed but can never be true of this journey or process. */
function impossible(field: string, rule: string, message: string): never {
  throw new UnprocessableEntityException({ field, rule, message: `${field}: ${message} (${rule}); nothing was changed` });
}

/**
 * `date.not-before-training` (先培训后认定): no sitting before the day training was completed, where the
 * institution gave that day (`completedOn`). Not against the journey's opening or enrolment: those are
 * only the days they were recorded, which may come after the facts (records entered afterwards).
 * Only checked while the journey takes a result (registered); otherwise the machine answers 409.
 */
export function assertSittingsAfterTraining(journey: MachineView, sittingDates: readonly string[]): void {
  if (journey.state !== 'registered') return;
  const completedOn = (journey.context as { trainingCompletedOn?: string | null }).trainingCompletedOn ?? null;
  if (completedOn === null) return;
  sittingDates.forEach((d, i) => {
    if (d < completedOn) impossible(`sittingDates[${i}]`, 'date.not-before-training', `${d} is before training was completed (${completedOn})`);
  });
}

/** `date.not-before-sitting`: a certificate is issued on or after the last day of the passing sitting. */
export function assertIssuedAfterSittings(journey: MachineView, issuedOn: string): void {
  if (journey.state !== 'passed') return;
  const results = (journey.context as { results?: Array<{ passed: boolean; sittingDates: string[] }> }).results ?? [];
  const passing = [...results].reverse().find((r) => r.passed);
  const last = passing?.sittingDates.reduce((a, b) => (b > a ? b : a), '') ?? '';
  if (last && issuedOn < last) impossible('issuedOn', 'date.not-before-sitting', `${issuedOn} is before the last day of the passed evaluation (${last})`);
}

/**
 * `date.not-before-approval`: a subsidy is paid on or after the day the rules approved the claim (the
 * ledger's approval date, UTC). A 422, not a 409: the approval date is fixed, so no later state of the
 * claim makes this `paidOn` true. No approval on record: the machine answers (409).
 */
export function assertPaidAfterApproval(approvedOn: string | null, paidOn: string): void {
  if (approvedOn !== null && paidOn < approvedOn) impossible('paidOn', 'date.not-before-approval', `${paidOn} is before the claim was approved (${approvedOn})`);
}

/**
 * `back-pay.component-short`: back pay goes to a pay item the open violation found short. A 409, not a
 * 422: the case may still change (a later short payroll record adds to the same open case). No open
 * violation: the machine answers (409) as before.
 */
export function assertBackPayComponentShort(wages: MachineView, component: string): void {
  const violations = (wages.context as { violations?: Array<{ status: string; violationId: string; shortfall: { byComponent: Record<string, number> } }> }).violations ?? [];
  const open = violations[violations.length - 1];
  if (!open || open.status !== 'open') return;
  const short = Object.entries(open.shortfall.byComponent)
    .filter(([, fen]) => fen > 0)
    .map(([name]) => name);
  if (short.includes(component)) return;
  throw new ConflictException({
    field: 'component',
    rule: 'back-pay.component-short',
    shortComponents: short,
    message: `component: '${component}' was not short in violation ${open.violationId}; the components short are ${short.map((c) => `'${c}'`).join(', ') || 'none'} (back-pay.component-short); nothing was changed`,
  });
}
