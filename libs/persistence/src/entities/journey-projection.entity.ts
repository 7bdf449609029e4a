import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Read model of one journey, written by the workflow's `project` activity at every transition. */
@Entity('journey_projections')
@Index(['state'])
@Index(['targetLevel'])
@Index(['employerId'])
@Index(['projectId'])
@Index('idx_journey_opened', ['openedAt'])
@Index('idx_journey_county', ['countyCode'])
@Index('idx_journey_eval_org', ['evaluationOrganisationId'])
export class JourneyProjection {
  @PrimaryColumn('varchar', { length: 120 }) journeyId!: string;
  @Column('varchar', { length: 64 }) personKey!: string;
  @Column('varchar', { length: 24 }) personMasked!: string;
  @Column('integer') targetLevel!: number;
  @Column('varchar', { length: 60 }) state!: string;
  @Column('varchar', { length: 64 }) employerId!: string;
  @Column('varchar', { length: 64, nullable: true }) projectId!: string | null;
  @Column('varchar', { length: 64, nullable: true }) trainingInstitutionId!: string | null;
  @Column('varchar', { length: 64, nullable: true }) evaluationOrganisationId!: string | null;
  @Column('varchar', { length: 64, nullable: true }) agencyId!: string | null;
  @Column('integer', { default: 0 }) attempts!: number;
  /** Monotonic transition counter from the workflow; an older write never overwrites a newer one. */
  @Column('integer', { default: 0 }) version!: number;
  @Column('text', { default: '{}' }) summary!: string;
  // The journey's own facts (issue 13.1), from its opening input and later events; null on journeys
  // opened before they were recorded here (readers then fall back to the person row).
  @Column('varchar', { length: 64, nullable: true }) insuredWithAgencyId!: string | null;
  @Column('boolean', { nullable: true }) enterpriseEmployee!: boolean | null;
  @Column('varchar', { length: 10, nullable: true }) unemploymentInsuredSince!: string | null;
  /** Agreed monthly wage and benefits in fen, JSON `{ monthlyWageFen, benefitsFen }` (RULES.md §4 baseline). */
  @Column('text', { nullable: true }) agreedPay!: string | null;
  /** When the journey was opened: the date of application (statistics: applied). */
  @Column('varchar', { length: 32 }) openedAt!: string;
  @Column('varchar', { length: 32 }) updatedAt!: string;
  // Issue 17 statistics: when each stage was first reached (workflow time), null before the stage or on
  // rows projected before these columns existed (migration 1765700000000).
  @Column('varchar', { length: 32, nullable: true }) enrolledAt!: string | null;
  @Column('varchar', { length: 32, nullable: true }) trainedAt!: string | null;
  @Column('varchar', { length: 32, nullable: true }) registeredAt!: string | null;
  /** The latest result's posting; with the last day sat for it and whether it passed. */
  @Column('varchar', { length: 32, nullable: true }) resultAt!: string | null;
  @Column('varchar', { length: 10, nullable: true }) lastSittingOn!: string | null;
  @Column('boolean', { nullable: true }) resultPassed!: boolean | null;
  @Column('varchar', { length: 32, nullable: true }) certifiedAt!: string | null;
  @Column('varchar', { length: 10, nullable: true }) certificateIssuedOn!: string | null;
  @Column('varchar', { length: 32, nullable: true }) closedAt!: string | null;
  @Column('varchar', { length: 32, nullable: true }) withdrawnAt!: string | null;
  /** The resident ID's 6-digit administrative area code (GB/T 2260: the county); never the ID itself. */
  @Column('varchar', { length: 6, nullable: true }) countyCode!: string | null;
}
