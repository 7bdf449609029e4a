import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import {
  DAY_MS,
  JOURNEY_CLAIM_WINDOW_EVENT,
  JOURNEY_RECLAIM_WINDOW_EVENT,
  journeyExternalEvents,
  journeyInternalEvents,
  journeyMachine,
  journeyNextEvents,
  journeyProjection,
  journeyStates,
  stateName,
  step,
  type JourneyEvent,
  type JourneyInput,
} from '../src';
import { AGENCY, AUDITOR, EMPLOYER, EO1, EO2, INSPECTION, OTHER_EMPLOYER, SPECIALIST, SYSTEM, TI1, TI2 } from './actors';
import { matrix, ofType, paramsOf, REFUSED, run } from './harness';

const CLAIM_WINDOW_MS = 90_000;
const input: JourneyInput = {
  journeyId: 'journey-1',
  personKey: 'person-hash-1',
  targetLevel: 4,
  employerId: 'EMP-1',
  projectId: 'PRJ-1',
  config: { claimWindowMs: CLAIM_WINDOW_MS },
};

const profile = { evaluationDate: '2026-11-24', birthDate: '1990-05-01', workPeriods: [] };

const ev = {
  enrol: { type: 'enrol', actor: TI1 },
  completeTraining: { type: 'completeTraining', actor: TI1, completedOn: '2026-06-30' },
  register: { type: 'registerForEvaluation', actor: EO1, profile },
  confirmed: { type: 'eligibility.confirmed', actor: SYSTEM },
  refused: {
    type: 'eligibility.refused',
    actor: SYSTEM,
    failingClauses: [
      { clause: 'L4-1', reason: '3 years 2 months of service; 5 years needed', holdsOn: '2028-09-01' },
      { clause: 'L4-3', reason: 'no diploma in the major', holdsOn: null },
    ],
  },
  pass: { type: 'postResult', actor: EO1, passed: true, score: 82, sittingDates: ['2026-11-24', '2026-11-25'] },
  fail: { type: 'postResult', actor: EO1, passed: false, score: 41, sittingDates: ['2026-11-24'] },
  issue: { type: 'issueCertificate', actor: EO1, certificateNumber: 'S000037170000254000123', issuedOn: '2026-12-20' },
  claim: { type: 'claimSubsidy', actor: SPECIALIST, agencyId: 'SIA-1' },
  settledPaid: { type: 'subsidy.settled', actor: SYSTEM, outcome: 'paid' },
  settledCurable: { type: 'subsidy.settled', actor: SYSTEM, outcome: 'refused', failingRules: ['subsidy.once-per-year'], claimWindowLeftMs: 60_000 },
  claimFailed: { type: 'subsidy.failed', actor: SYSTEM, message: 'child workflow terminated', claimWindowLeftMs: 60_000 },
  leaveOpened: { type: 'studyLeave.opened', actor: SYSTEM, leaveId: 'journey-1-leave-2026-06-01' },
  agreedPay: { type: 'recordAgreedPay', actor: EMPLOYER, agreedPay: { monthlyWageFen: 800_000, benefitsFen: { meal: 30_000 } } },
  withdraw: { type: 'withdraw', actor: SPECIALIST, reason: 'changed employer' },
} satisfies Record<string, JourneyEvent>;

const claimWindowElapsed = { type: JOURNEY_CLAIM_WINDOW_EVENT };
const reclaimWindowElapsed = { type: JOURNEY_RECLAIM_WINDOW_EVENT };

const toCertified = [ev.enrol, ev.completeTraining, ev.register, ev.confirmed, ev.pass, ev.issue];

describe('journeyMachine: every state × every event (the table is the spec)', () => {
  const R = REFUSED;
  // columns:        enrol         complete             register       pass      fail      issue        claim             withdraw     confirmed     refused              settled   claimWindow
  const row = (
    enrol: string | null,
    complete: string | null,
    register: string | null,
    pass: string | null,
    fail: string | null,
    issue: string | null,
    claim: string | null,
    withdraw: string | null,
    confirmed: string | null,
    refused: string | null,
    settled: string | null,
    window: string | null,
    pay: string | null,
    rewindow: string | null,
    failed: string | null,
    leave: string | null,
  ) => ({ enrol, complete, register, pass, fail, issue, claim, withdraw, confirmed, refused, settled, window, pay, rewindow, failed, leave });

  matrix({
    machine: journeyMachine,
    input,
    states: journeyStates,
    eventTypes: [...journeyExternalEvents, ...journeyInternalEvents, JOURNEY_CLAIM_WINDOW_EVENT, JOURNEY_RECLAIM_WINDOW_EVENT],
    externalEventTypes: journeyExternalEvents,
    paths: {
      applied: [],
      enrolled: [ev.enrol],
      trainingCompleted: [ev.enrol, ev.completeTraining],
      registering: [ev.enrol, ev.completeTraining, ev.register],
      registered: [ev.enrol, ev.completeTraining, ev.register, ev.confirmed],
      passed: [ev.enrol, ev.completeTraining, ev.register, ev.confirmed, ev.pass],
      failed: [ev.enrol, ev.completeTraining, ev.register, ev.confirmed, ev.fail],
      certified: toCertified,
      subsidyClaimed: [...toCertified, ev.claim],
      claimRefused: [...toCertified, ev.claim, ev.settledCurable],
      closed: [...toCertified, ev.claim, ev.settledPaid],
      withdrawn: [ev.withdraw],
    },
    samples: {
      enrol: ev.enrol,
      complete: ev.completeTraining,
      register: ev.register,
      pass: ev.pass,
      fail: ev.fail,
      issue: ev.issue,
      claim: ev.claim,
      withdraw: ev.withdraw,
      confirmed: ev.confirmed,
      refused: ev.refused,
      settled: ev.settledPaid,
      window: claimWindowElapsed,
      pay: ev.agreedPay,
      rewindow: reclaimWindowElapsed,
      failed: ev.claimFailed,
      leave: ev.leaveOpened,
    },
    table: {
      // recordAgreedPay (pay) and studyLeave.opened (leave) stay in their state; claimRefused takes a new claim until
      // the window left runs out (issue 13.3); a failed claim workflow (failed) is like a curable refusal (issue 14)
      //                   enrol       complete             register       pass      fail      issue        claim             withdraw     confirmed     refused              settled   window    pay                   rewindow  failed          leave
      applied: row('enrolled', R, R, R, R, R, R, 'withdrawn', R, R, R, R, 'applied', R, R, 'applied'),
      enrolled: row(R, 'trainingCompleted', R, R, R, R, R, 'withdrawn', R, R, R, R, 'enrolled', R, R, 'enrolled'),
      trainingCompleted: row(R, R, 'registering', R, R, R, R, 'withdrawn', R, R, R, R, 'trainingCompleted', R, R, 'trainingCompleted'),
      registering: row(R, R, R, R, R, R, R, 'withdrawn', 'registered', 'trainingCompleted', R, R, 'registering', R, R, 'registering'),
      registered: row(R, R, R, 'passed', 'failed', R, R, 'withdrawn', R, R, R, R, 'registered', R, R, 'registered'),
      passed: row(R, R, R, R, R, 'certified', R, 'withdrawn', R, R, R, R, 'passed', R, R, 'passed'),
      failed: row(R, R, 'registering', R, R, R, R, 'withdrawn', R, R, R, R, 'failed', R, R, 'failed'),
      certified: row(R, R, R, R, R, R, 'subsidyClaimed', R, R, R, R, 'closed', 'certified', R, R, 'certified'),
      subsidyClaimed: row(R, R, R, R, R, R, R, R, R, R, 'closed', R, 'subsidyClaimed', R, 'claimRefused', 'subsidyClaimed'),
      claimRefused: row(R, R, R, R, R, R, 'subsidyClaimed', R, R, R, R, R, 'claimRefused', 'closed', R, 'claimRefused'),
      closed: row(R, R, R, R, R, R, R, R, R, R, R, R, R, R, R, R),
      withdrawn: row(R, R, R, R, R, R, R, R, R, R, R, R, R, R, R, R),
    },
  });
});

describe('journeyMachine: who may send what', () => {
  const at = (events: JourneyEvent[]) => run(journeyMachine, input, events).snapshot;

  it('only a training institution (with an organisation id) may enrol', () => {
    const s = at([]);
    for (const actor of [SPECIALIST, EMPLOYER, EO1, AGENCY, INSPECTION, AUDITOR, SYSTEM]) {
      expect(s.can({ type: 'enrol', actor }), actor.role).toBe(false);
    }
    expect(s.can({ type: 'enrol', actor: { ...TI1, organisationId: null } })).toBe(false);
    expect(s.can({ type: 'enrol', actor: TI2 })).toBe(true);
  });

  it('enrol stores the enrolling institution; only it may mark the course complete', () => {
    const s = at([ev.enrol]);
    expect(s.context.trainingInstitutionId).toBe('TI-1');
    expect(s.can({ type: 'completeTraining', actor: TI2 })).toBe(false);
    expect(s.can({ type: 'completeTraining', actor: EO1 })).toBe(false);
    expect(s.can({ type: 'completeTraining', actor: { ...EO1, organisationId: 'TI-1' } })).toBe(false);
    expect(s.can({ type: 'completeTraining', actor: TI1, completedOn: 'yesterday' })).toBe(false);
    expect(s.can({ type: 'completeTraining', actor: TI1 })).toBe(true);
  });

  it('先培训后认定 §2: nobody may register for the evaluation before the course is marked complete', () => {
    for (const events of [[], [ev.enrol]] as JourneyEvent[][]) {
      const s = at(events);
      for (const actor of [EO1, EO2, TI1, SPECIALIST, EMPLOYER, SYSTEM]) {
        expect(s.can({ type: 'registerForEvaluation', actor, profile }), `${stateName(s)} ${actor.role}`).toBe(false);
      }
      expect(journeyNextEvents(s)).not.toContain('registerForEvaluation');
    }
    expect(at([ev.enrol, ev.completeTraining]).can(ev.register)).toBe(true);
  });

  it('only an evaluation organisation registers, with a profile object', () => {
    const s = at([ev.enrol, ev.completeTraining]);
    expect(s.can({ type: 'registerForEvaluation', actor: TI1, profile })).toBe(false);
    expect(s.can({ type: 'registerForEvaluation', actor: SPECIALIST, profile })).toBe(false);
    expect(s.can({ type: 'registerForEvaluation', actor: EO1 } as never)).toBe(false);
    expect(s.can({ type: 'registerForEvaluation', actor: EO1, profile: [] } as never)).toBe(false);
  });

  it('registration asks the rules: evaluateEligibility {profile, targetLevel} (§3)', () => {
    const { actions, snapshot } = run(journeyMachine, input, [ev.enrol, ev.completeTraining, ev.register]);
    expect(paramsOf(actions, 'evaluateEligibility')).toEqual({ journeyId: 'journey-1', profile, targetLevel: 4 });
    expect(snapshot.context.pendingEvaluationOrganisationId).toBe('EO-1');
    expect(snapshot.context.evaluationOrganisationId).toBeNull();
  });

  it('internal events are refused unless the system sends them (no forged eligibility or settlement)', () => {
    const registering = at([ev.enrol, ev.completeTraining, ev.register]);
    expect(registering.can({ ...ev.confirmed, actor: EO1 })).toBe(false);
    expect(registering.can({ ...ev.refused, actor: SPECIALIST })).toBe(false);
    expect(registering.can({ type: 'eligibility.refused', actor: SYSTEM } as never)).toBe(false);
    const claimed = at([...toCertified, ev.claim]);
    expect(claimed.can({ ...ev.settledPaid, actor: AGENCY })).toBe(false);
    expect(claimed.can({ type: 'subsidy.settled', actor: SYSTEM, outcome: 'maybe' } as never)).toBe(false);
  });

  it('only the organisation the candidate is registered with posts results and issues the certificate', () => {
    const registered = at([ev.enrol, ev.completeTraining, ev.register, ev.confirmed]);
    expect(registered.context.evaluationOrganisationId).toBe('EO-1');
    expect(registered.can({ ...ev.pass, actor: EO2 })).toBe(false);
    expect(registered.can({ ...ev.pass, actor: TI1 })).toBe(false);
    expect(registered.can({ ...ev.pass, actor: { ...TI1, organisationId: 'EO-1' } })).toBe(false);
    const passed = at([ev.enrol, ev.completeTraining, ev.register, ev.confirmed, ev.pass]);
    expect(passed.can({ ...ev.issue, actor: EO2 })).toBe(false);
    expect(passed.can({ ...ev.issue, actor: SPECIALIST })).toBe(false);
    expect(passed.can(ev.issue)).toBe(true);
  });

  it('a result needs the sitting dates (ISO) and a boolean outcome; a certificate needs number and date', () => {
    const registered = at([ev.enrol, ev.completeTraining, ev.register, ev.confirmed]);
    expect(registered.can({ ...ev.pass, sittingDates: [] })).toBe(false);
    expect(registered.can({ ...ev.pass, sittingDates: ['24/11/2026'] })).toBe(false);
    expect(registered.can({ ...ev.pass, passed: 'yes' } as never)).toBe(false);
    expect(registered.can({ ...ev.pass, score: 'A' } as never)).toBe(false);
    const passed = at([ev.enrol, ev.completeTraining, ev.register, ev.confirmed, ev.pass]);
    expect(passed.can({ ...ev.issue, certificateNumber: '' })).toBe(false);
    expect(passed.can({ ...ev.issue, issuedOn: '2026-13-01' })).toBe(false);
  });

  it('the specialist or the journey\'s own employer claims the subsidy (§5), naming the agency', () => {
    const s = at(toCertified);
    expect(s.can({ ...ev.claim, actor: EMPLOYER })).toBe(true);
    expect(s.can({ ...ev.claim, actor: OTHER_EMPLOYER })).toBe(false);
    expect(s.can({ ...ev.claim, actor: AGENCY })).toBe(false);
    expect(s.can({ ...ev.claim, actor: EO1 })).toBe(false);
    expect(s.can({ type: 'claimSubsidy', actor: SPECIALIST } as never)).toBe(false);
  });

  it('withdrawal: by the specialist or own employer, before the certificate only', () => {
    const passed = at([ev.enrol, ev.completeTraining, ev.register, ev.confirmed, ev.pass]);
    expect(passed.can({ ...ev.withdraw, actor: EMPLOYER })).toBe(true);
    expect(passed.can({ ...ev.withdraw, actor: OTHER_EMPLOYER })).toBe(false);
    expect(passed.can({ ...ev.withdraw, actor: TI1 })).toBe(false);
    expect(passed.can({ ...ev.withdraw, actor: EO1 })).toBe(false);
    expect(at(toCertified).can(ev.withdraw)).toBe(false);
    const { snapshot } = run(journeyMachine, input, [ev.enrol, { ...ev.withdraw, actor: EMPLOYER }]);
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.withdrawal).toEqual({ reason: 'changed employer', by: EMPLOYER });
  });
});

describe('journeyMachine: evaluation, retakes and certificate', () => {
  it('§3 eligibility refusal carries the failing clause ids back to trainingCompleted', () => {
    const { snapshot } = run(journeyMachine, input, [ev.enrol, ev.completeTraining, ev.register, ev.refused]);
    expect(stateName(snapshot)).toBe('trainingCompleted');
    expect(snapshot.context.lastRefusal).toEqual({
      failingClauses: ev.refused.failingClauses,
      evaluationOrganisationId: 'EO-1',
    });
    expect(snapshot.context.lastRefusal?.failingClauses.map((c) => c.clause)).toEqual(['L4-1', 'L4-3']);
    expect(snapshot.context.evaluationOrganisationId).toBeNull();
    expect(snapshot.context.attempts).toBe(0);
    // may register again later; a confirmation clears the refusal
    const again = run(journeyMachine, input, [ev.enrol, ev.completeTraining, ev.register, ev.refused, ev.register, ev.confirmed]);
    expect(stateName(again.snapshot)).toBe('registered');
    expect(again.snapshot.context.lastRefusal).toBeNull();
    expect(again.snapshot.context.registrations).toBe(2);
  });

  it('a failed evaluation may be retaken, with another organisation; attempts are counted', () => {
    const retake = { ...ev.register, actor: EO2 };
    const passAtEo2 = { ...ev.pass, actor: EO2, sittingDates: ['2027-03-10'] };
    const failed = run(journeyMachine, input, [ev.enrol, ev.completeTraining, ev.register, ev.confirmed, ev.fail]);
    expect(stateName(failed.snapshot)).toBe('failed');
    expect(failed.snapshot.context.attempts).toBe(1);
    expect(journeyNextEvents(failed.snapshot)).toEqual(['registerForEvaluation', 'recordAgreedPay', 'withdraw']);

    const registered = run(journeyMachine, input, [ev.enrol, ev.completeTraining, ev.register, ev.confirmed, ev.fail, retake, ev.confirmed]);
    expect(registered.snapshot.context.evaluationOrganisationId).toBe('EO-2');
    expect(registered.snapshot.can(ev.pass)).toBe(false); // EO-1 no longer posts results
    const passed = step(journeyMachine, registered.snapshot, passAtEo2);
    expect(passed.accepted).toBe(true);
    const c = passed.snapshot.context;
    expect(c.attempts).toBe(2);
    expect(c.registrations).toBe(2);
    expect(c.results.map((r) => [r.attempt, r.passed, r.evaluationOrganisationId])).toEqual([
      [1, false, 'EO-1'],
      [2, true, 'EO-2'],
    ]);
    expect(c.sittingDates).toEqual(['2026-11-24', '2027-03-10']);
    expect(journeyProjection(passed.snapshot, passAtEo2).attempts).toBe(2);
  });

  it('§4 protected period: every result forwards the days sat to the study leave', () => {
    const { snapshot, actions } = run(journeyMachine, input, [ev.enrol, ev.completeTraining, ev.register, ev.confirmed, ev.pass]);
    expect(paramsOf(actions, 'forwardSittingDates')).toEqual({
      journeyId: 'journey-1',
      personKey: 'person-hash-1',
      employerId: 'EMP-1',
      sittingDates: ['2026-11-24', '2026-11-25'],
      studyLeaves: [],
    });
    expect(snapshot.context.sittingDates).toEqual(['2026-11-24', '2026-11-25']);
  });

  it('the certificate records number, date and level; §6.1 the project is told', () => {
    const { snapshot, actions } = run(journeyMachine, input, toCertified);
    expect(snapshot.context.certificate).toEqual({
      number: 'S000037170000254000123',
      issuedOn: '2026-12-20',
      level: 4,
      evaluationOrganisationId: 'EO-1',
    });
    expect(paramsOf(actions, 'reportCertification')).toEqual({
      projectId: 'PRJ-1',
      contractorId: 'EMP-1',
      journeyId: 'journey-1',
      certificateNumber: 'S000037170000254000123',
      certifiedOn: '2026-12-20',
      level: 4,
    });
    const noProject = run(journeyMachine, { ...input, projectId: null }, toCertified);
    expect(ofType(noProject.actions, 'reportCertification')).toEqual([]);
  });

  it('claimSubsidy starts the claim (child workflow) with the certificate', () => {
    const { actions, snapshot } = run(journeyMachine, input, [...toCertified, ev.claim]);
    expect(paramsOf(actions, 'startSubsidyClaim')).toEqual({
      journeyId: 'journey-1',
      personKey: 'person-hash-1',
      employerId: 'EMP-1',
      agencyId: 'SIA-1',
      certificate: { number: 'S000037170000254000123', issuedOn: '2026-12-20', level: 4 },
      claimedBy: SPECIALIST,
      claim: 1,
    });
    expect(snapshot.context.subsidy).toEqual({ agencyId: 'SIA-1', claimedBy: SPECIALIST, outcome: null });
  });

  it.each([
    ['paid', 'subsidy-paid'],
    ['refused', 'subsidy-refused'],
    ['expired', 'subsidy-expired'],
  ] as const)('subsidy.settled %s closes the journey (%s)', (outcome, reason) => {
    const settled = { ...ev.settledPaid, outcome };
    const { snapshot } = run(journeyMachine, input, [...toCertified, ev.claim, settled]);
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.closedReason).toBe(reason);
    expect(snapshot.context.subsidy?.outcome).toBe(outcome);
    expect(journeyProjection(snapshot, settled)).toMatchObject({ state: 'closed', closedReason: reason, cause: 'subsidy.settled' });
    expect(snapshot.output).toMatchObject({ journeyId: 'journey-1', closedReason: reason, attempts: 1 });
  });
});

describe('journeyMachine: claim window (delayed transition → Temporal timer)', () => {
  it('entering certified surfaces an xstate.raise with the configured delay; feeding the event back closes', () => {
    const { snapshot, actions } = run(journeyMachine, input, toCertified);
    const raise = paramsOf(actions, 'xstate.raise');
    expect(raise).toEqual({
      event: { type: JOURNEY_CLAIM_WINDOW_EVENT },
      id: JOURNEY_CLAIM_WINDOW_EVENT,
      delay: CLAIM_WINDOW_MS,
    });
    const fired = step(journeyMachine, snapshot, raise.event);
    expect(fired.accepted).toBe(true);
    expect(stateName(fired.snapshot)).toBe('closed');
    expect(fired.snapshot.context.closedReason).toBe('claim-window-expired');
    expect(journeyProjection(fired.snapshot, raise.event)).toMatchObject({ state: 'closed', closedReason: 'claim-window-expired' });
  });

  it('claiming in time cancels the timer (xstate.cancel with the same id); a late timer is refused', () => {
    const { snapshot, actions } = run(journeyMachine, input, [...toCertified, ev.claim]);
    expect(paramsOf(actions, 'xstate.cancel')).toEqual({ sendId: JOURNEY_CLAIM_WINDOW_EVENT });
    expect(step(journeyMachine, snapshot, claimWindowElapsed).accepted).toBe(false);
  });

  it('the default claim window is 365 days when the configuration gives none (RULES.md §5 [decision])', () => {
    const { actions } = run(journeyMachine, { ...input, config: undefined }, toCertified);
    expect(paramsOf(actions, 'xstate.raise').delay).toBe(365 * DAY_MS);
  });

  it('no other state starts a timer', () => {
    const paths = [[], [ev.enrol], [ev.enrol, ev.completeTraining], [ev.enrol, ev.completeTraining, ev.register]];
    for (const path of paths) {
      expect(ofType(run(journeyMachine, input, path).actions, 'xstate.raise')).toEqual([]);
    }
  });
});

describe('journeyMachine: the projection (the runner writes it at every transition, issue 14)', () => {
  it('names the new state, the cause and the actor; the machine itself declares no projection action', () => {
    const [initial, initialActions] = initialTransition(journeyMachine, input);
    expect(initialActions.map((a) => a.type)).toEqual([]);
    expect(journeyProjection(initial, { type: 'xstate.init' })).toMatchObject({ state: 'applied', attempts: 0, cause: 'xstate.init', actor: null });
    let snapshot = initial;
    for (const event of [...toCertified, ev.agreedPay, ev.claim, ev.settledPaid] as JourneyEvent[]) {
      const result = step(journeyMachine, snapshot, event);
      expect(ofType(result.actions, 'project')).toEqual([]);
      const project = journeyProjection(result.snapshot, event);
      expect(project.state).toBe(stateName(result.snapshot));
      expect(project.cause).toBe(event.type);
      expect(project.actor).toEqual(event.actor);
      expect(project).toMatchObject({ journeyId: 'journey-1', targetLevel: 4, employerId: 'EMP-1', projectId: 'PRJ-1' });
      snapshot = result.snapshot;
    }
    expect(snapshot.context).toMatchObject({ trainingInstitutionId: 'TI-1', evaluationOrganisationId: 'EO-1' });
  });

  it('action params are plain JSON (they cross into activities)', () => {
    const { actions } = run(journeyMachine, input, [...toCertified, ev.claim]);
    for (const action of actions) {
      expect(Object.keys(action).sort()).toEqual(action.params === undefined ? ['type'] : ['params', 'type']);
      expect(JSON.parse(JSON.stringify(action))).toEqual(action);
    }
  });
});

describe('journeyMachine: allowed next events', () => {
  it.each([
    ['applied', [], ['enrol', 'recordAgreedPay', 'withdraw']],
    ['enrolled', [ev.enrol], ['completeTraining', 'recordAgreedPay', 'withdraw']],
    ['registering', [ev.enrol, ev.completeTraining, ev.register], ['recordAgreedPay', 'withdraw']],
    ['registered', [ev.enrol, ev.completeTraining, ev.register, ev.confirmed], ['postResult', 'recordAgreedPay', 'withdraw']],
    ['certified', toCertified, ['claimSubsidy', 'recordAgreedPay']],
    ['subsidyClaimed', [...toCertified, ev.claim], ['recordAgreedPay']],
    ['claimRefused', [...toCertified, ev.claim, ev.settledCurable], ['claimSubsidy', 'recordAgreedPay']],
    ['withdrawn', [ev.withdraw], []],
  ] as Array<[string, JourneyEvent[], string[]]>)('%s → %j', (_state, path, expected) => {
    expect(journeyNextEvents(run(journeyMachine, input, path).snapshot)).toEqual(expected);
  });
});

describe('journeyMachine: the journey keeps its own facts (issue 13.1)', () => {
  const facts = { insuredWithAgencyId: 'SIA-1', enterpriseEmployee: true, unemploymentInsuredSince: '2020-01-01' };
  const withFacts: JourneyInput = { ...input, facts, agreedPay: { monthlyWageFen: 600_000, benefitsFen: {} } };

  it('the opening facts and agreed pay are in the context and in every projection', () => {
    const { snapshot } = run(journeyMachine, withFacts, []);
    expect(snapshot.context.facts).toEqual(facts);
    expect(journeyProjection(snapshot, { type: 'xstate.init' })).toMatchObject({ facts, agreedPay: { monthlyWageFen: 600_000, benefitsFen: {} } });
  });

  it('recordAgreedPay: only the journey employer, with whole non-negative fen; the state stays and the projection is written', () => {
    const s = run(journeyMachine, withFacts, [ev.enrol]).snapshot;
    expect(s.can({ ...ev.agreedPay, actor: OTHER_EMPLOYER })).toBe(false);
    expect(s.can({ ...ev.agreedPay, actor: SPECIALIST })).toBe(false);
    expect(s.can({ ...ev.agreedPay, agreedPay: { monthlyWageFen: -1, benefitsFen: {} } } as never)).toBe(false);
    expect(s.can({ ...ev.agreedPay, agreedPay: { monthlyWageFen: 1.5, benefitsFen: {} } } as never)).toBe(false);
    const r = step(journeyMachine, s, ev.agreedPay);
    expect(stateName(r.snapshot)).toBe('enrolled');
    expect(r.snapshot.context.agreedPay).toEqual(ev.agreedPay.agreedPay);
    expect(r.snapshot.context.facts).toEqual(facts);
    expect(r.actions).toEqual([]); // the runner projects it (issue 14)
    expect(journeyProjection(r.snapshot, ev.agreedPay)).toMatchObject({ state: 'enrolled', cause: 'recordAgreedPay', agreedPay: ev.agreedPay.agreedPay });
  });
});

describe('journeyMachine: a refusal time can cure keeps the journey open for a new claim (issue 13.3)', () => {
  const claimed = () => run(journeyMachine, input, [...toCertified, ev.claim]).snapshot;
  const settle = (extra: Record<string, unknown>) => step(journeyMachine, claimed(), { ...ev.settledCurable, ...extra } as JourneyEvent);

  it.each([
    [['subsidy.once-per-year'], 'claimRefused'],
    [['subsidy.insured-12-months'], 'claimRefused'],
    [['subsidy.once-per-year', 'subsidy.insured-12-months'], 'claimRefused'],
    [['subsidy.enterprise-employee'], 'closed'],
    [['subsidy.once-per-year', 'subsidy.claim-window'], 'closed'],
    [['subsidy.certificate-once'], 'closed'],
    [['subsidy.level'], 'closed'],
  ])('refused for %j → %s', (failingRules, expected) => {
    expect(stateName(settle({ failingRules }).snapshot)).toBe(expected);
  });

  it('no claim window left, or a journey started before this rule (config off): the refusal closes it', () => {
    expect(stateName(settle({ claimWindowLeftMs: 0 }).snapshot)).toBe('closed');
    const old = run(journeyMachine, { ...input, config: { ...input.config, reclaimAfterCurableRefusal: false } }, [...toCertified, ev.claim]).snapshot;
    expect(stateName(step(journeyMachine, old, ev.settledCurable).snapshot)).toBe('closed');
  });

  it('a new claim is the second (its own claim workflow), and the window left is the timer', () => {
    const refused = settle({}).snapshot;
    expect(refused.context.lastClaimRefusal).toEqual({ failingRules: ['subsidy.once-per-year'], claim: 1 });
    expect(refused.context.claimWindowLeftMs).toBe(60_000);
    const again = step(journeyMachine, refused, ev.claim);
    expect(stateName(again.snapshot)).toBe('subsidyClaimed');
    expect(paramsOf(again.actions, 'startSubsidyClaim')).toMatchObject({ claim: 2 });
    const expired = step(journeyMachine, refused, reclaimWindowElapsed);
    expect(expired.snapshot.context.closedReason).toBe('claim-window-expired');
  });
});

describe('journeyMachine: workflows meet one way (issue 14)', () => {
  it('the journey keeps its study leaves, once each, and sends them the days sat', () => {
    const other = { ...ev.leaveOpened, leaveId: 'journey-1-leave-2026-09-01' };
    const { snapshot, actions } = run(journeyMachine, input, [ev.enrol, ev.leaveOpened, ev.leaveOpened, ev.completeTraining, other, ev.register, ev.confirmed, ev.pass]);
    expect(snapshot.context.studyLeaves).toEqual(['journey-1-leave-2026-06-01', 'journey-1-leave-2026-09-01']);
    expect(paramsOf(actions, 'forwardSittingDates').studyLeaves).toEqual(['journey-1-leave-2026-06-01', 'journey-1-leave-2026-09-01']);
    const s = run(journeyMachine, input, []).snapshot;
    expect(s.can({ ...ev.leaveOpened, actor: EMPLOYER })).toBe(false);
    expect(s.can({ ...ev.leaveOpened, leaveId: '' })).toBe(false);
  });

  it('a failed claim workflow is an event: claimable again while the window lasts, else closed (subsidy-failed)', () => {
    const failed = run(journeyMachine, input, [...toCertified, ev.claim, ev.claimFailed]);
    expect(stateName(failed.snapshot)).toBe('claimRefused');
    expect(failed.snapshot.context.lastClaimFailure).toEqual({ message: 'child workflow terminated', claim: 1 });
    expect(paramsOf(failed.actions, 'xstate.raise')).toMatchObject({ delay: 60_000 });
    expect(journeyNextEvents(failed.snapshot)).toContain('claimSubsidy');
    const late = run(journeyMachine, input, [...toCertified, ev.claim, { ...ev.claimFailed, claimWindowLeftMs: 0 }]);
    expect(late.snapshot.status).toBe('done');
    expect(late.snapshot.context.closedReason).toBe('subsidy-failed');
    expect(run(journeyMachine, input, [...toCertified, ev.claim]).snapshot.can({ ...ev.claimFailed, actor: AGENCY })).toBe(false);
  });
});
