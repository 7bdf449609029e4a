import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Read model of the journey's sub-processes (study leave, wage protection, subsidy claim, project
 * incentive): one row per workflow, its state and the parties the API checks ownership against.
 */
@Entity('process_projections')
@Index(['journeyId'])
@Index(['kind', 'state'])
export class ProcessProjection {
  @PrimaryColumn('varchar', { length: 200 }) workflowId!: string;
  @Column('varchar', { length: 30 }) kind!: 'study-leave' | 'wage-protection' | 'subsidy-claim' | 'project-incentive';
  @Column('varchar', { length: 120, nullable: true }) journeyId!: string | null;
  @Column('varchar', { length: 60 }) state!: string;
  /** The organisation that answers for this process: employer, agency or contractor. */
  @Column('varchar', { length: 64 }) ownerId!: string;
  @Column('integer', { default: 0 }) version!: number;
  @Column('text', { default: '{}' }) detail!: string;
  @Column('varchar', { length: 32 }) updatedAt!: string;
}
