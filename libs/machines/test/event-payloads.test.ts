import { describe, expect, it } from 'vitest';
import type { JourneyExternalEvent } from '../src/journey';
import { journeyExternalEvents } from '../src/journey';
import type { ProjectIncentiveExternalEvent } from '../src/project-incentive';
import { projectIncentiveExternalEvents } from '../src/project-incentive';
import type { StudyLeaveExternalEvent } from '../src/study-leave';
import { studyLeaveExternalEvents } from '../src/study-leave';
import type { SubsidyClaimExternalEvent } from '../src/subsidy-claim';
import { subsidyClaimExternalEvents } from '../src/subsidy-claim';
import type { WageProtectionExternalEvent } from '../src/wage-protection';
import { wageProtectionExternalEvents } from '../src/wage-protection';
import { journeyEventPayloads, type JourneyEventFromPayloads } from '../src/events/journey';
import { projectIncentiveEventPayloads, type ProjectIncentiveEventFromPayloads } from '../src/events/project-incentive';
import { studyLeaveEventPayloads, type StudyLeaveEventFromPayloads } from '../src/events/study-leave';
import { subsidyClaimEventPayloads, type SubsidyClaimEventFromPayloads } from '../src/events/subsidy-claim';
import { wageProtectionEventPayloads, type WageProtectionEventFromPayloads } from '../src/events/wage-protection';

// Checked by `npm run typecheck`: every event the payload schemas describe is one the machine takes,
// so a machine can adopt `{ type; actor } & z.infer<…>` without changing what it accepts (issue 14).
type Takes<Machine, FromSchemas extends Machine> = FromSchemas;
export type Checked = [
  Takes<JourneyExternalEvent, JourneyEventFromPayloads>,
  Takes<StudyLeaveExternalEvent, StudyLeaveEventFromPayloads>,
  Takes<WageProtectionExternalEvent, WageProtectionEventFromPayloads>,
  Takes<SubsidyClaimExternalEvent, SubsidyClaimEventFromPayloads>,
  Takes<ProjectIncentiveExternalEvent, ProjectIncentiveEventFromPayloads>,
];

describe('event payload schemas (libs/machines/src/events): one per external event of each machine', () => {
  it.each([
    ['journey', journeyEventPayloads, journeyExternalEvents],
    ['study leave', studyLeaveEventPayloads, studyLeaveExternalEvents],
    ['wage protection', wageProtectionEventPayloads, wageProtectionExternalEvents],
    ['subsidy claim', subsidyClaimEventPayloads, subsidyClaimExternalEvents],
    ['project incentive', projectIncentiveEventPayloads, projectIncentiveExternalEvents],
  ] as const)('%s: the schemas name exactly the external events', (_, payloads, events) => {
    expect(Object.keys(payloads).sort()).toEqual([...events].sort());
  });

  it('a payload is strict and names the refused field (date.not-future, name.not-blank)', () => {
    const future = journeyEventPayloads.issueCertificate.safeParse({ certificateNumber: 'C-1234', issuedOn: '2999-01-01' });
    expect(future.success).toBe(false);
    expect(future.error?.issues[0]).toMatchObject({ path: ['issuedOn'] });
    expect(future.error?.issues[0]?.message).toMatch(/date\.not-future/);
    expect(journeyEventPayloads.withdraw.safeParse({ reason: 'moved', extra: 1 }).success).toBe(false);
    const blank = wageProtectionEventPayloads.recordBackPay.safeParse({ component: '  ', amount: 100 });
    expect(blank.error?.issues[0]?.message).toMatch(/name\.not-blank/);
    expect(wageProtectionEventPayloads.recordPayroll.safeParse({ record: { id: 'p1', periodStart: '2026-02-01', periodEnd: '2026-01-01', wage: 1, benefits: {} } }).error?.issues[0]?.path).toEqual(['record', 'periodEnd']);
  });
});
