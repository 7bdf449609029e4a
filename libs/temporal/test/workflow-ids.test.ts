import { describe, expect, it } from 'vitest';
import {
  journeyWorkflowId,
  projectWorkflowId,
  studyLeaveWorkflowId,
  studyLeaveWorkflowIdPrefix,
  subsidyClaimWorkflowId,
  subsidyClaimWorkflowIdPrefix,
  subsidyLedgerWorkflowId,
  wageProtectionWorkflowId,
} from '../src/workflow-ids';

// Running workflows, projections and recorded histories are keyed by these ids: they never change shape.
describe('workflow ids from business keys', () => {
  it('are the ids the running system uses', () => {
    const journey = journeyWorkflowId('pk1', 4);
    expect(journey).toBe('journey-pk1-L4');
    const leave = studyLeaveWorkflowId(journey, '2026-03-01');
    expect(leave).toBe('journey-pk1-L4-leave-2026-03-01');
    expect(wageProtectionWorkflowId(leave)).toBe('journey-pk1-L4-leave-2026-03-01-wages');
    expect(subsidyClaimWorkflowId(journey, 'C1')).toBe('journey-pk1-L4-claim-C1');
    expect(subsidyClaimWorkflowId(journey, 'C1', 1)).toBe('journey-pk1-L4-claim-C1');
    expect(subsidyClaimWorkflowId(journey, 'C1', 2)).toBe('journey-pk1-L4-claim-C1-2');
    expect(leave.startsWith(studyLeaveWorkflowIdPrefix(journey))).toBe(true);
    expect(subsidyClaimWorkflowId(journey, 'C1', 2).startsWith(subsidyClaimWorkflowIdPrefix(journey))).toBe(true);
    expect(studyLeaveWorkflowIdPrefix(journey)).toBe('journey-pk1-L4-leave-');
    expect(subsidyClaimWorkflowIdPrefix(journey)).toBe('journey-pk1-L4-claim-');
    expect(subsidyLedgerWorkflowId('pk1')).toBe('subsidy-ledger-pk1');
    expect(projectWorkflowId('p1')).toBe('project-p1');
  });
});
