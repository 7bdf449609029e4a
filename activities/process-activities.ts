import { DataSource } from 'typeorm';
import { NotificationRecord, ProcessProjection } from '@heze/persistence';
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
      await upsertNewer(ds, ProcessProjection, 'workflowId', values as ProcessProjection);
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
