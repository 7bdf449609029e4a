import { DataSource } from 'typeorm';
import { NotificationRecord, ProcessProjection, rawQuery } from '@heze/persistence';
import { upsertNewer } from './versioned-upsert';

export interface ProcessProjectionRow {
  workflowId: string;
  kind: ProcessProjection['kind'];
  journeyId: string | null;
  state: string;
  ownerId: string;
  version: number;
  detail: Record<string, unknown>;
  at: string;
}

export interface OutboxNotification {
  /** Idempotency key: the same notification sent twice is stored once. */
  id: string;
  recipientRole: 'labour-inspection' | 'social-insurance-agency' | 'employer' | 'credit-rating';
  recipientId: string | null;
  kind: string;
  journeyId: string;
  payload: Record<string, unknown>;
  at: string;
}

export function processActivities(ds: DataSource) {
  return {
    /** Upserts a sub-process read model; an older version never overwrites a newer one. */
    async projectProcess(row: ProcessProjectionRow): Promise<void> {
      const values = {
        workflowId: row.workflowId,
        kind: row.kind,
        journeyId: row.journeyId,
        state: row.state,
        ownerId: row.ownerId,
        version: row.version,
        detail: JSON.stringify(row.detail),
        updatedAt: row.at,
      };
      await upsertNewer(ds, ProcessProjection, 'workflowId', values as ProcessProjection, { openedAt: row.at } as Partial<ProcessProjection>);
      await stampProcessStages(ds, row.workflowId, row.kind, row.state, row.at, { projectId: typeof row.detail.projectId === 'string' ? row.detail.projectId : null });
    },

    /** Outbox of notifications to labour inspection, agencies and the credit-rating office; one row per id. */
    async notify(n: OutboxNotification): Promise<void> {
      await ds
        .createQueryBuilder()
        .insert()
        .into(NotificationRecord)
        .values({
          id: n.id,
          recipientRole: n.recipientRole,
          recipientId: n.recipientId,
          kind: n.kind,
          journeyId: n.journeyId,
          payload: JSON.stringify(n.payload),
          createdAt: n.at,
          deliveredAt: null,
        })
        .orIgnore()
        .execute();
    },
  };
}

/** Per kind, the states whose first reaching the statistics count, and the column that keeps when (issue 17). */
const PROCESS_STAGES: Record<ProcessProjection['kind'], Record<string, string>> = {
  'study-leave': { escalated: 'escalatedAt', closed: 'closedAt', refused: 'closedAt', cancelled: 'closedAt' },
  'wage-protection': { closed: 'closedAt' },
  'subsidy-claim': { paid: 'closedAt', refused: 'closedAt', expired: 'closedAt' },
  'project-incentive': { granted: 'grantedAt', blocked: 'blockedAt', withdrawn: 'withdrawnAt', completed: 'closedAt' },
};

/**
 * Issue 17 statistics: a stage's first time never moves (retried or late writes change nothing); the
 * opening time is written with the row (`openedAt`), or here for rows projected before it existed.
 */
export async function stampProcessStages(
  ds: DataSource,
  workflowId: string,
  kind: ProcessProjection['kind'],
  state: string,
  at: string,
  extra: { projectId?: string | null } = {},
): Promise<void> {
  const column = PROCESS_STAGES[kind][state];
  if (column) await rawQuery(ds, `UPDATE process_projections SET "${column}" = $1 WHERE "workflowId" = $2 AND "${column}" IS NULL`, [at, workflowId]);
  if (extra.projectId) await rawQuery(ds, `UPDATE process_projections SET "projectId" = $1 WHERE "workflowId" = $2 AND "projectId" IS NULL`, [extra.projectId, workflowId]);
}
