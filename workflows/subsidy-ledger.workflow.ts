import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { decideClaimUpdate, type LedgerDecision, type LedgerDecisionRequest } from '@heze/temporal';
import type { Activities } from '../activities/activity-types';

const acts = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

/**
 * One per person: every subsidy decision of that person passes through here, one at a time, so two
 * claims racing from different journeys or certificates cannot both be approved (subsidy.once-per-year).
 * The ledger table's unique keys back this up in the database.
 */
export async function subsidyLedgerWorkflow(state: { personKey: string; decided?: Array<[string, LedgerDecision]> }): Promise<void> {
  const decided = new Map<string, LedgerDecision>(state.decided ?? []);
  let lock: Promise<unknown> = Promise.resolve();

  setHandler(decideClaimUpdate, (req: LedgerDecisionRequest) => {
    const run = lock.then(async () => {
      const known = decided.get(req.claimId);
      if (known) return known;
      const decision = await acts.decideSubsidyClaim(req);
      decided.set(req.claimId, decision);
      return decision;
    });
    lock = run.catch(() => undefined);
    return run;
  });

  // Keep the history short for people with many claims over the years.
  await condition(() => workflowInfo().continueAsNewSuggested || decided.size >= 200);
  await lock;
  await continueAsNew<typeof subsidyLedgerWorkflow>({ personKey: state.personKey, decided: [...decided.entries()].slice(-50) });
}
