import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The kinds of batch (issue 16, docs/batches.md). */
export const BATCH_KINDS = ['roster', 'training-completion', 'registration', 'results', 'certificates', 'payroll'] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];

/** previewed (nothing changed) → applying (its workflow runs) → done (every row has an outcome). */
export type BatchStatus = 'previewed' | 'applying' | 'done';

/**
 * One uploaded file of one organisation (issue 16). The batch workflow's input is this id and the row
 * count only; the activity reads each row from `batch_rows`, so no row's data enters a history.
 */
@Entity('batches')
export class BatchRecord {
  @PrimaryColumn('varchar', { length: 40 }) id!: string;
  @Column('varchar', { length: 32 }) kind!: BatchKind;
  @Index() @Column('varchar', { length: 64 }) organisationId!: string;
  /** The actor (JSON) of whoever uploaded and applied: every row's Update is sent as them. */
  @Column('text') actor!: string;
  @Column('varchar', { length: 16 }) status!: BatchStatus;
  @Column('varchar', { length: 200 }) fileName!: string;
  @Column('varchar', { length: 8 }) format!: 'csv' | 'xlsx';
  @Column('varchar', { length: 16 }) encoding!: string;
  @Column('integer') rowCount!: number;
  /** Rows left out at upload: blank rows (row numbers, JSON array). */
  @Column('text') skipped!: string;
  @Column('varchar', { length: 32 }) createdAt!: string;
  @Column('varchar', { length: 32, nullable: true }) appliedAt!: string | null;
  @Column('varchar', { length: 32, nullable: true }) finishedAt!: string | null;
}

export type BatchRowPreview = 'ok' | 'refused' | 'alreadyDone';
export type BatchRowOutcome = 'done' | 'alreadyDone' | 'refused' | 'failed';

/**
 * One row of a batch: its normalised data, what the preview said, and its outcome once applied. The
 * row key names the step (kind, organisation, person key, level, …): a row whose key is `done` in any
 * batch is not done again ("already done").
 */
@Entity('batch_rows')
export class BatchRowRecord {
  @PrimaryColumn('varchar', { length: 40 }) batchId!: string;
  /** 1..rowCount, the order the workflow takes rows in. */
  @PrimaryColumn('integer') seq!: number;
  /** The row's number in the file (the header is row 1). */
  @Column('integer') rowNumber!: number;
  @Index() @Column('varchar', { length: 240, nullable: true }) rowKey!: string | null;
  /** The person, masked (RULES.md §1): what outcomes show. */
  @Column('varchar', { length: 24, nullable: true }) person!: string | null;
  @Column('varchar', { length: 120, nullable: true }) journeyId!: string | null;
  /** The row's normalised fields (JSON). A roster row holds the resident ID until its journey is opened. */
  @Column('text') data!: string;
  @Column('varchar', { length: 16 }) preview!: BatchRowPreview;
  @Column('varchar', { length: 16, nullable: true }) outcome!: BatchRowOutcome | null;
  @Column('varchar', { length: 40, nullable: true }) column!: string | null;
  @Column('text', { nullable: true }) reason!: string | null;
  /** Clause ids of a refusal (JSON array), e.g. ["L3-1"]. */
  @Column('text', { nullable: true }) clauses!: string | null;
  /** The state the row's journey or process is in after the step. */
  @Column('varchar', { length: 40, nullable: true }) state!: string | null;
  @Column('integer', { default: 0 }) attempts!: number;
  @Column('varchar', { length: 32, nullable: true }) updatedAt!: string | null;
}
