import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditExport } from '../src/history';
import { rawEvents } from '../src/history';
import { analyseWorkflow, buildTimeline, type TimelineEntry } from '../src/timeline';
import { AtPointError, parseAt, stateAt } from '../src/state-at';
import { formatTimelineTable, formatTimelineText } from '../src/format';
import { replayAllQuery, ReplayFilterError } from '../src/query';
import { explainDivergence } from '../src/replay';

// Pure reading of recorded histories: the replay fixtures are the test data (test/fixtures/histories).
const DIR = path.resolve(__dirname, '../../../test/fixtures/histories');
// Every recorded version of the fixtures (v1: before the journey's patched() change, v2: after).
const VERSIONS = [...new Set(fs.readdirSync(DIR).map((f) => /^full-journey-paid_(.+)\.json$/.exec(f)?.[1]).filter((v): v is string => !!v))].sort();
const fixtureOf = (version: string) => (scenario: string): AuditExport => JSON.parse(fs.readFileSync(path.join(DIR, `${scenario}_${version}.json`), 'utf8'));
const of = (doc: AuditExport, type: string) => doc.workflows.find((w) => w.workflowType === type)!;
const events = (entries: TimelineEntry[], what: string) => entries.filter((e) => e.kind === 'event' && e.what === what);

for (const version of VERSIONS) describe(`fixtures ${version}`, () => {
  const fixture = fixtureOf(version);

  describe('timeline', () => {
    const doc = fixture('full-journey-paid');
    const timeline = buildTimeline(doc);
    const journey = timeline.filter((e) => e.workflowId === doc.rootId);

    it('lists every accepted event with who sent it (role, organisation, key id) and the state before → after', () => {
      const steps = journey.filter((e) => e.kind === 'event').map((e) => [e.what, e.before, e.after]);
      expect(steps).toEqual([
        ['enrol', 'applied', 'enrolled'],
        ['completeTraining', 'enrolled', 'trainingCompleted'],
        ['registerForEvaluation', 'trainingCompleted', 'registered'],
        ['postResult', 'registered', 'passed'],
        ['issueCertificate', 'passed', 'certified'],
        ['claimSubsidy', 'certified', 'subsidyClaimed'],
      ]);
      for (const e of journey.filter((x) => x.kind === 'event')) {
        expect(e.actor).toMatchObject({ role: expect.any(String), organisationId: expect.stringMatching(/-/), keyId: expect.any(String) });
      }
      expect(events(journey, 'enrol')[0].actor!.role).toBe('training-institution');
      expect(events(journey, 'claimSubsidy')[0].actor!.role).toBe('employer');
      // The intermediate state the Update passed through while the rules were asked.
      expect(events(journey, 'registerForEvaluation')[0].via).toEqual(['registering']);
      const opened = journey[0];
      expect(opened).toMatchObject({ kind: 'started', actor: { role: 'employer' } });
    });

    it('shows the clause ids behind the eligibility and subsidy decisions, the payment confirmation and the closing transition', () => {
      expect(journey.find((e) => e.kind === 'decision' && e.what === 'eligibility')).toMatchObject({ clauses: ['L4-1'] });
      const claim = timeline.filter((e) => e.workflowType === 'subsidyClaimWorkflow');
      expect(claim.find((e) => e.kind === 'decision')!.clauses).toEqual(expect.arrayContaining(['subsidy.level', 'subsidy.once-per-year']));
      expect(events(claim, 'confirmPayment')[0]).toMatchObject({ actor: { role: 'social-insurance-agency' }, before: 'paymentInstructed', after: 'paid' });
      expect(claim.filter((e) => e.kind === 'transition').map((e) => `${e.before}→${e.after}`)).toEqual(['submitted→approved', 'approved→paymentInstructed']);
      expect(journey.find((e) => e.kind === 'transition')).toMatchObject({ what: 'subsidy.settled', before: 'subsidyClaimed', after: 'closed', actor: { role: 'system' } });
      expect(journey[journey.length - 1]).toMatchObject({ kind: 'ended', after: 'closed', detail: 'closed: subsidy-paid' });
    });

    it('is in time order across the journey and its processes', () => {
      const times = timeline.map((e) => e.at);
      expect([...times].sort()).toEqual(times);
      expect(new Set(timeline.map((e) => e.workflowType))).toEqual(new Set(doc.workflows.map((w) => w.workflowType)));
    });

    it('eligibility refusal: the failing clause ids, and the journey back in trainingCompleted', () => {
      const t = buildTimeline(fixture('eligibility-refusal'));
      expect(t.find((e) => e.kind === 'decision')).toMatchObject({ what: 'eligibility', clauses: ['L3-1', 'L3-2', 'L3-3', 'L3-4', 'L3-5', 'L3-6'] });
      expect(events(t, 'registerForEvaluation')[0]).toMatchObject({ before: 'trainingCompleted', after: 'trainingCompleted', via: ['registering'] });
      expect(events(t, 'withdraw')[0]).toMatchObject({ after: 'withdrawn', actor: { role: 'employer' } });
    });

    it('subsidy refusal: the failing rule ids on the decision, the claim and the journey', () => {
      const t = buildTimeline(fixture('subsidy-refusal'));
      const decision = t.find((e) => e.kind === 'decision' && e.workflowType === 'subsidyClaimWorkflow')!;
      expect(decision.clauses).toEqual(['subsidy.enterprise-employee', 'subsidy.insured-12-months']);
      expect(decision.detail).toMatch(/^refused: /);
      expect(t.find((e) => e.kind === 'ended' && e.workflowType === 'subsidyClaimWorkflow')).toMatchObject({ after: 'refused', clauses: decision.clauses });
    });

    it('wage violation: shortfall clause ids, the labour-inspection notice, back pay, and closing after the grace timer', () => {
      const t = buildTimeline(fixture('wage-violation-backpay')).filter((e) => e.workflowType !== 'journeyWorkflow');
      const check = t.find((e) => e.what === 'wage check')!;
      expect(check.clauses).toEqual(['wage.benefits-no-deduction']);
      expect(t.find((e) => e.kind === 'notification')).toMatchObject({ what: 'wage-shortfall', clauses: ['wage.benefits-no-deduction'], detail: expect.stringMatching(/^to labour-inspection/) });
      expect(events(t, 'recordPayroll')[0]).toMatchObject({ before: 'monitoring', after: 'violation', actor: { role: 'employer' } });
      expect(events(t, 'recordBackPay').map((e) => e.after)).toEqual(['violation', 'monitoring']);
      expect(t.filter((e) => e.what === 'back pay check').map((e) => e.detail)).toEqual(['still outstanding: 210.00 CNY', 'shortfall covered']);
      expect(t.find((e) => e.kind === 'timer' && e.what === 'timer fired')).toBeTruthy();
      expect(t.find((e) => e.kind === 'transition' && e.workflowType === 'wageProtectionWorkflow')).toMatchObject({ what: 'periodEnded', before: 'monitoring', after: 'closed' });
    });

    it('study-leave escalation: the timer, the escalation transition and the notice to labour inspection', () => {
      const t = buildTimeline(fixture('study-leave-escalation')).filter((e) => e.workflowType === 'studyLeaveWorkflow');
      const kinds = t.map((e) => `${e.kind}:${e.what}`);
      expect(kinds.indexOf('timer:timer fired')).toBeLessThan(kinds.indexOf('notification:leave-unanswered'));
      expect(t.find((e) => e.kind === 'transition')).toMatchObject({ before: 'requested', after: 'escalated', detail: "delay 'leaveEscalation' elapsed" });
      expect(events(t, 'decide')[0]).toMatchObject({ before: 'escalated', after: 'refused', actor: { role: 'employer' } });
    });

    it('project incentive: granted on certification, withdrawn by the violation', () => {
      const t = buildTimeline(fixture('project-incentive-withdrawn')).filter((e) => e.workflowType === 'projectIncentiveWorkflow');
      expect(t.filter((e) => e.kind === 'event').map((e) => [e.what, e.before, e.after])).toEqual([
        ['specialistCertified', 'noStanding', 'granted'],
        ['arrearsViolationFound', 'granted', 'withdrawn'],
      ]);
      expect(t.filter((e) => e.kind === 'notification').map((e) => e.what)).toEqual(['incentive-granted', 'incentive-withdrawn']);
    });

    it('renders as text and as a table, one line per entry', () => {
      const text = formatTimelineText(doc.rootId, timeline);
      expect(text.split('\n')).toHaveLength(timeline.length);
      expect(text).toContain('event: enrol by training-institution');
      const table = formatTimelineTable(doc.rootId, timeline);
      expect(table.split('\n')).toHaveLength(timeline.length + 2);
      expect(table.split('\n')[0]).toMatch(/^time \(UTC\) +\| workflow/);
    });
  });

  describe('state at a point', () => {
    const doc = fixture('full-journey-paid');
    const journeyAnalysis = analyseWorkflow(of(doc, 'journeyWorkflow'));

    it('at each Update completion equals the MachineView that Update returned', () => {
      const updates = journeyAnalysis.entries.filter((e) => e.kind === 'event');
      for (const u of updates) {
        const s = stateAt(doc, { eventId: u.eventId });
        expect(s.root.state).toBe(u.after);
        expect(s.root.contextFromEventId).toBe(u.eventId);
        expect(s.root.contextIsCurrent).toBe(true);
      }
      const certified = stateAt(doc, { eventId: events(journeyAnalysis.entries, 'issueCertificate')[0].eventId });
      expect(certified.root).toMatchObject({ state: 'certified', allowedEvents: expect.arrayContaining(['claimSubsidy']), context: { attempts: 1, certificate: { level: 4 } } });
    });

    it('between events: the state as of the last event before the point; a timestamp works the same way', () => {
      const enrol = events(journeyAnalysis.entries, 'enrol')[0];
      const complete = events(journeyAnalysis.entries, 'completeTraining')[0];
      expect(stateAt(doc, { eventId: enrol.eventId + 1 }).root.state).toBe('enrolled');
      expect(stateAt(doc, { eventId: complete.acceptedEventId! }).root.state).toBe('enrolled');
      const at = rawEvents(of(doc, 'journeyWorkflow').history).find((e) => e.eventId === enrol.eventId)!.time;
      expect(stateAt(doc, { time: at }).root).toMatchObject({ state: 'enrolled', context: { trainingInstitutionId: enrol.actor!.organisationId } });
      // Right after the journey started, before any Update: the initial state is known from its projection, the context is not.
      expect(stateAt(doc, { eventId: 3 }).root.state === null || stateAt(doc, { eventId: 8 }).root.state === 'applied').toBe(true);
    });

    it("after an internal transition the state moves on and says the context is the last Update's", () => {
      const end = stateAt(doc, { eventId: journeyAnalysis.lastEventId });
      expect(end.root).toMatchObject({ state: 'closed', done: true, context: { closedReason: 'subsidy-paid' } });
      const settled = journeyAnalysis.entries.find((e) => e.kind === 'transition')!;
      const mid = stateAt(doc, { eventId: settled.eventId });
      expect(mid.root).toMatchObject({ state: 'closed', contextIsCurrent: false });
      expect(mid.root.context).toMatchObject({ subsidy: expect.anything() });
    });

    it("includes the journey's processes that had started by then", () => {
      const end = stateAt(doc, { eventId: journeyAnalysis.lastEventId });
      const claim = end.processes.find((p) => p.workflowType === 'subsidyClaimWorkflow')!;
      expect(claim).toMatchObject({ state: 'paid', context: { amount: 1500 } });
      const early = stateAt(doc, { eventId: events(journeyAnalysis.entries, 'enrol')[0].eventId });
      expect(early.processes.filter((p) => p.workflowType === 'subsidyClaimWorkflow')).toEqual([]);
    });

    it('refuses points outside the history with a clear message', () => {
      expect(() => stateAt(doc, { eventId: journeyAnalysis.lastEventId + 1 })).toThrow(AtPointError);
      expect(() => stateAt(doc, { eventId: journeyAnalysis.lastEventId + 1 })).toThrow(/has \d+ events/);
      expect(() => stateAt(doc, { time: '2001-01-01T00:00:00.000Z' })).toThrow(/before .* started/);
    });

    it('parses event ids and ISO timestamps, and nothing else', () => {
      expect(parseAt('12')).toEqual({ eventId: 12 });
      expect(parseAt('#7')).toEqual({ eventId: 7 });
      expect(parseAt('2026-11-25T16:22:19.5Z')).toEqual({ time: '2026-11-25T16:22:19.500Z' });
      expect(parseAt('2026-11-25T18:22:19+02:00')).toEqual({ time: '2026-11-25T16:22:19.000Z' });
      expect(parseAt('2026-11-25')).toEqual({ time: '2026-11-25T00:00:00.000Z' });
      for (const bad of ['', '0', 'yesterday', '2026-13-45T00:00:00Z', '12abc', '-3', '2025-02-30', '2025-02-29T10:00:00Z', '2026-11-25T24:00:00Z', '2026-11-25T16:60:00Z', '2026-11-25T16:00:00+25:00']) expect(() => parseAt(bad), bad).toThrow(AtPointError);
    });
  });
});

describe('bulk replay filter', () => {
  it('builds the visibility query from state, level and an inclusive date range', () => {
    expect(replayAllQuery({})).toBe("WorkflowType = 'journeyWorkflow'");
    expect(replayAllQuery({ state: 'certified', level: '4', since: '2026-01-01', until: '2026-01-31' })).toBe(
      "WorkflowType = 'journeyWorkflow' AND HezeState = 'certified' AND HezeLevel = 4 AND StartTime >= '2026-01-01T00:00:00.000Z' AND StartTime < '2026-02-01T00:00:00.000Z'",
    );
  });
  it('refuses what cannot be a filter (and anything that would inject into the query)', () => {
    for (const f of [{ state: "x' OR 1=1" }, { level: '9' }, { level: 'four' }, { since: '2026-02-30' }, { since: '2026-02-01', until: '2026-01-01' }]) {
      expect(() => replayAllQuery(f), JSON.stringify(f)).toThrow(ReplayFilterError);
    }
  });
});

describe('divergence in plain words', () => {
  it('names the event and what the code did instead', () => {
    expect(explainDivergence('j1', '[TMPRL1100] Nondeterminism error: Timer machine does not handle this event: HistoryEvent(id: 5, UpsertWorkflowSearchAttributes)')).toBe(
      'j1: at event 5 the recorded history upserted search attributes, but the current code starts a timer there',
    );
    expect(explainDivergence('j1', "Activity type of scheduled event 'notify' does not match activity type of activity command 'projectJourney'")).toBe(
      "j1: the recorded history scheduled activity 'notify' where the current code schedules 'projectJourney'",
    );
    expect(explainDivergence('j1', 'No command scheduled for event HistoryEvent(id: 12, Some(TimerStarted))')).toMatch(/^j1: at event 12 the recorded history started a timer, but the current code does not/);
  });
});

describe('divergence in plain words: patches', () => {
  it('explains a patch marker the current code does not check, and falls back to the SDK reason', () => {
    const msg =
      'Replay failed with a nondeterminism error. This means that the workflow code as written is not compatible with the history that was fed in. Details: Workflow activation completion failed: Failure { failure: Some(Failure { message: "[TMPRL1100] Nondeterminism error: Non-deprecated patch marker encountered for change journey-record-openedby, but there is no corresponding change command!", source: "" }) }';
    expect(explainDivergence('j1', msg)).toBe(
      "j1: the recorded history passed patched('journey-record-openedby') at this point, but the current code does not check that patch there (removed too early, or commands before it changed)",
    );
    expect(explainDivergence('j1', 'Details: Failure { message: "[TMPRL1100] Nondeterminism error: something new", x }')).toBe('j1: replay diverges from the recorded history: something new');
  });
});
