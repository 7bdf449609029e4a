import { describe, expect, it } from 'vitest';
import { actorRecord } from '@heze/machines';
import { actingUserIds, withUserNames, type TimelineEntry } from '../src/timeline';

const entry = (actor: TimelineEntry['actor']): TimelineEntry => ({
  at: '2026-01-01T00:00:00Z', workflowId: 'j', workflowType: 'journeyWorkflow', eventId: 1, kind: 'event', what: 'enrol', actor, before: null, after: null, clauses: [], detail: '',
});

describe('people in histories and timelines (issue 15)', () => {
  it("an event's actor records the person's user id, and a key's actor stays as it was", () => {
    expect(actorRecord({ type: 'enrol', actor: { role: 'training-institution', organisationId: 'TI-1', keyId: null, userId: 'u-abc' } })).toEqual({
      role: 'training-institution', organisationId: 'TI-1', keyId: null, userId: 'u-abc',
    });
    // No userId key at all for keys and the system: earlier histories' records are unchanged.
    expect(actorRecord({ type: 'enrol', actor: { role: 'training-institution', organisationId: 'TI-1', keyId: 'k1' } })).toStrictEqual({
      role: 'training-institution', organisationId: 'TI-1', keyId: 'k1',
    });
  });

  it('the timeline names each person from the directory; unknown ids and keys are left as they are', () => {
    const entries = [
      entry({ role: 'employer', organisationId: 'E', keyId: null, userId: 'u-1' }),
      entry({ role: 'employer', organisationId: 'E', keyId: 'k' }),
      entry({ role: 'employer', organisationId: 'E', keyId: null, userId: 'u-2' }),
      entry(null),
      entry({ role: 'employer', organisationId: 'E', keyId: null, userId: 'u-1' }),
    ];
    expect(actingUserIds(entries)).toEqual(['u-1', 'u-2']);
    const named = withUserNames(entries, new Map([['u-1', '王芳']]));
    expect(named.map((e) => e.actor?.userName)).toEqual(['王芳', undefined, undefined, undefined, '王芳']);
    expect(named[2].actor).toEqual({ role: 'employer', organisationId: 'E', keyId: null, userId: 'u-2' });
  });
});
