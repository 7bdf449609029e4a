import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Read model of one journey, written by the workflow's `project` activity at every transition. */
@Entity('journey_projections')
@Index(['state'])
@Index(['targetLevel'])
@Index(['employerId'])
@Index(['projectId'])
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
  @Column('varchar', { length: 32 }) openedAt!: string;
  @Column('varchar', { length: 32 }) updatedAt!: string;
}
