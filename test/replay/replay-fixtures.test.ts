import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAuditExport, rawEvents, decodeFirst, type AuditExport, historyFromJSON, Replayer, resolveModule } from '@heze/audit';
import { workflowBundleOptions } from '@heze/temporal/node';
import { bundleWorkflowCode, DefaultLogger, Worker } from '@temporalio/worker';
import { scenarios } from './scenarios';

/**
 * Every history in test/fixtures/histories must replay against the current workflow code without a
 * determinism error (docs/replay.md). No Temporal server is needed: replay runs in-process.
 */
const DIR = path.resolve(__dirname, '../fixtures/histories');
const FILE = /^([a-z0-9-]+)_([A-Za-z0-9.-]+)\.json$/;
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const load = (f: string): AuditExport => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'));

// Every workflow type and path the fixtures must cover (test/replay/scenarios.ts records them).
const REQUIRED_SCENARIOS = [
  'full-journey-paid',
  'failed-exam-retake',
  'eligibility-refusal',
  'withdrawal',
  'study-leave-escalation',
  'wage-violation-backpay',
  'subsidy-refusal',
  'project-incentive-withdrawn',
  'claim-refused-reclaim',
  'payment-overdue',
  'leave-extended-to-sittings',
  'claim-workflow-failed',
  'roster-batch',
];
const WORKFLOW_TYPES = ['journeyWorkflow', 'studyLeaveWorkflow', 'wageProtectionWorkflow', 'subsidyClaimWorkflow', 'subsidyLedgerWorkflow', 'projectIncentiveWorkflow', 'batchWorkflow'];

describe('replay fixtures', () => {
  const replayer = new Replayer(); // bundles workflows/ once for the whole file

  it('are named <scenario>_<version>.json, are audit exports, and cover every scenario and workflow type', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(f, 'fixture file name').toMatch(FILE);
      expect(isAuditExport(load(f)), `${f} is an audit export`).toBe(true);
    }
    const scenarios = new Set(files.map((f) => FILE.exec(f)![1]));
    expect([...REQUIRED_SCENARIOS].filter((s) => !scenarios.has(s)), 'scenarios without a fixture').toEqual([]);
    const types = new Set(files.flatMap((f) => load(f).workflows.map((w) => w.workflowType)));
    expect(WORKFLOW_TYPES.filter((t) => !types.has(t)), 'workflow types without a fixture').toEqual([]);
    // The export lists each workflow module's exports: none may be missing from the fixtures.
    const exported = fs.readFileSync(path.resolve(__dirname, '../../workflows/index.ts'), 'utf8').match(/\b\w+Workflow\b/g) ?? [];
    expect(exported.filter((t) => !types.has(t))).toEqual([]);
  });

  it('the recorder (npm run fixtures:record) records exactly the required scenarios', () => {
    expect(scenarios.map((s) => s.name).sort()).toEqual([...REQUIRED_SCENARIOS].sort());
  });

  for (const f of files) {
    it(`${f} replays deterministically against the current workflow code`, async () => {
      const report = await replayer.replay(load(f));
      expect(report.workflows.length).toBe(load(f).workflows.length);
      expect(report.verdict, JSON.stringify(report.workflows.filter((w) => !w.deterministic), null, 1)).toBe('deterministic');
    }, 120_000);
  }

  describe("the journey's patched('journey-record-openedby') change", () => {
    const PATCH = 'journey-record-openedby';
    const patchMarkers = (doc: AuditExport) =>
      rawEvents(doc.workflows.find((w) => w.workflowType === 'journeyWorkflow')!.history).filter(
        (e) => e.type === 'MarkerRecorded' && (decodeFirst(e.attributes.details?.['patch-data']) as { id?: string } | null)?.id === PATCH,
      );
    const v1 = files.filter((f) => f.endsWith('_v1.json'));
    const later = files.filter((f) => !f.endsWith('_v1.json'));

    it('v1 fixtures were recorded before it (no marker) and replay above; later fixtures carry the marker and the memo', () => {
      expect(v1.length).toBeGreaterThan(0);
      for (const f of v1) expect(patchMarkers(load(f)), f).toHaveLength(0);
      for (const f of later) {
        expect(patchMarkers(load(f)), f).toHaveLength(1);
        const journey = load(f).workflows.find((w) => w.workflowType === 'journeyWorkflow')!;
        expect(rawEvents(journey.history).some((e) => e.type === 'WorkflowPropertiesModified'), f).toBe(true);
      }
    });

    it('the same change without patched() would break every pre-change journey history', async () => {
      const unpatched = new Replayer({ workflowsPath: resolveModule(path.join(__dirname, 'unpatched-workflows')) });
      for (const f of v1) {
        const report = await unpatched.replay(load(f));
        const journey = report.workflows.find((w) => w.workflowType === 'journeyWorkflow')!;
        expect(journey, f).toMatchObject({ deterministic: false, errorType: 'DeterminismViolationError' });
      }
    }, 120_000);
  });

  describe("the runner's patched('runner-projects-every-transition') and patched('runner-initial-actions-first') changes (issue 14)", () => {
    const PATCHES = ['runner-projects-every-transition', 'runner-initial-actions-first'];
    const markers = (doc: AuditExport, type: string, patch: string) =>
      doc.workflows
        .filter((w) => w.workflowType === type)
        .flatMap((w) => rawEvents(w.history))
        .filter((e) => e.type === 'MarkerRecorded' && (decodeFirst(e.attributes.details?.['patch-data']) as { id?: string } | null)?.id === patch);
    const before = files.filter((f) => /_v[123]\.json$/.test(f));
    const after = files.filter((f) => !before.includes(f));

    it('fixtures before v4 were recorded without them and replay above; v4 on carry them in every machine workflow', () => {
      expect(after.length).toBeGreaterThan(0);
      for (const patch of PATCHES) {
        for (const f of before) for (const type of WORKFLOW_TYPES) expect(markers(load(f), type, patch), `${f} ${type} ${patch}`).toHaveLength(0);
        for (const f of after) {
          // The ledger and the batch workflow (issue 16) run no machine, so no runner patch.
          for (const w of load(f).workflows.filter((x) => x.workflowType !== 'subsidyLedgerWorkflow' && x.workflowType !== 'batchWorkflow')) {
            expect(markers({ ...load(f), workflows: [w] }, w.workflowType, patch), `${f} ${w.workflowId} ${patch}`).toHaveLength(1);
          }
        }
      }
    });

    it('the same changes without patched() would break the pre-change histories: a transition staying in its state, an Update with the first task', async () => {
      // The real workflows, bundled with '@temporalio/workflow' replaced by an SDK whose patched() says
      // yes to these patches without a marker (test/replay/unpatched-runner-sdk.ts).
      const workflowBundle = {
        code: (
          await bundleWorkflowCode({
            ...workflowBundleOptions(resolveModule(path.resolve(__dirname, '../../workflows')), { '@temporalio/workflow$': path.join(__dirname, 'unpatched-runner-sdk.ts') }),
            logger: new DefaultLogger('ERROR'),
          })
        ).code,
      };
      const replayOne = async (f: string, type: string) => {
        const w = load(f).workflows.find((x) => x.workflowType === type)!;
        for await (const r of Worker.runReplayHistories({ workflowBundle, replayName: 'unpatched-runner' }, [{ workflowId: w.workflowId, history: historyFromJSON(w.history) }])) return r.error;
        return undefined;
      };
      const replayWages = (f: string) => replayOne(f, 'wageProtectionWorkflow');
      const wages = before.filter((f) => f.startsWith('wage-violation-backpay_'));
      expect(wages.length).toBeGreaterThan(0);
      for (const f of wages) {
        // recordBackPay and backpay.insufficient stay in 'violation': the old code projected neither.
        expect((await replayWages(f))?.name, f).toBe('DeterminismViolationError');
      }
      // The incentive is started with the Update that reports the certification: it was applied first.
      const incentives = before.filter((f) => f.startsWith('project-incentive-withdrawn_'));
      expect(incentives.length).toBeGreaterThan(0);
      for (const f of incentives) expect((await replayOne(f, 'projectIncentiveWorkflow'))?.name, f).toBe('DeterminismViolationError');
      // Histories recorded with the patches replay against it too (the alias changes nothing else).
      expect(await replayWages(after.find((f) => f.startsWith('wage-violation-backpay_'))!)).toBeUndefined();
      expect(await replayOne(after.find((f) => f.startsWith('project-incentive-withdrawn_'))!, 'projectIncentiveWorkflow')).toBeUndefined();
    }, 180_000);
  });

  it('catches a non-deterministic change: a journey workflow that starts a timer first fails replay with a DeterminismViolationError', async () => {
    const bad = new Replayer({ workflowsPath: resolveModule(path.join(__dirname, 'nondeterministic-workflows')) });
    const report = await bad.replay(load(files.find((f) => f.startsWith('full-journey-paid_'))!));
    expect(report.deterministic).toBe(false);
    const journey = report.workflows.find((w) => w.workflowType === 'journeyWorkflow')!;
    expect(journey).toMatchObject({ deterministic: false, errorType: 'DeterminismViolationError' });
    expect(report.verdict).toContain(journey.workflowId);
    // The other workflows of the journey are unchanged and still replay.
    expect(report.workflows.filter((w) => w.workflowType !== 'journeyWorkflow').every((w) => w.deterministic)).toBe(true);
    console.log(`divergence reported: ${report.verdict}`);
  }, 120_000);
});
