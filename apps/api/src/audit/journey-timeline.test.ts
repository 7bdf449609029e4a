import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '@heze/audit';
import type { Caller } from '../auth/caller';
import { timelineFor } from './journey-timeline.controller';

const entry = (workflowId: string): TimelineEntry =>
  ({ at: '2026-12-01T00:00:00Z', workflowId, workflowType: 'w', eventId: 1, kind: 'transition', what: 'x', actor: null, before: 'a', after: 'b', clauses: [], detail: 'birthDate 1985-03-01' }) as TimelineEntry;
const caller = (role: string, organisationId: string | null): Caller => ({ role, organisationId, keyId: 'k', userId: null, userName: null, sessionIdHash: null }) as Caller;
const row = { journeyId: 'j1', employerId: 'E', agencyId: 'A' };
const entries = [entry('j1'), entry('j1-claim-N'), entry('j1-leave-2026-12-01'), entry('j1-leave-2026-12-01-wages')];

describe('timelineFor: what a reader of a journey sees of its timeline', () => {
  it('READ_ALL roles see everything, detail included', () => {
    expect(timelineFor(caller('auditor', 'AU'), row, entries)).toEqual(entries);
  });
  it("the journey's employer sees its leaves, wage case and claims, without the detail", () => {
    const seen = timelineFor(caller('employer', 'E'), row, entries);
    expect(seen.map((e) => e.workflowId)).toEqual(entries.map((e) => e.workflowId));
    expect(seen.every((e) => e.detail === '')).toBe(true);
  });
  it("the claim's agency sees the journey and its claims; a training institution the journey only", () => {
    expect(timelineFor(caller('social-insurance-agency', 'A'), row, entries).map((e) => e.workflowId)).toEqual(['j1', 'j1-claim-N']);
    expect(timelineFor(caller('training-institution', 'T'), row, entries).map((e) => e.workflowId)).toEqual(['j1']);
    // Another agency (a reader only as a finder, were it one) sees no claim.
    expect(timelineFor(caller('social-insurance-agency', 'B'), row, entries).map((e) => e.workflowId)).toEqual(['j1']);
  });
});
