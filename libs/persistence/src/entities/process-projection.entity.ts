import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Read model of the journey's sub-processes (study leave, wage protection, subsidy claim, project
 * incentive): one row per workflow, its state and the parties the API checks ownership against.
 */
@Entity('process_projections')
@Index(['journeyId'])
@Index(['kind', 'state'])
@Index('idx_process_kind_year', ['kind', 'year', 'ownerId'])
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
  // Issue 17 statistics (migration 1765700000000); null on rows projected before, until their next transition.
  @Column('varchar', { length: 32, nullable: true }) openedAt!: string | null;
  /** A final state reached: leave closed/refused/cancelled, wages closed, claim paid/refused/expired, incentive completed. */
  @Column('varchar', { length: 32, nullable: true }) closedAt!: string | null;
  /** Study leave: the request went unanswered past its working-day deadline (wage.leave-escalation). */
  @Column('varchar', { length: 32, nullable: true }) escalatedAt!: string | null;
  @Column('varchar', { length: 32, nullable: true }) grantedAt!: string | null;
  @Column('varchar', { length: 32, nullable: true }) blockedAt!: string | null;
  @Column('varchar', { length: 32, nullable: true }) withdrawnAt!: string | null;
  /** Project incentive: the project. */
  @Column('varchar', { length: 64, nullable: true }) projectId!: string | null;
  /** Claim: the year the approval counts against; a claim not approved: the year of its last transition. */
  @Column('integer', { nullable: true }) year!: number | null;
  /** Claim: the approved amount (fen); paid: the amount paid. */
  @Column('integer', { nullable: true }) amountFen!: number | null;
  @Column('integer', { nullable: true }) paidFen!: number | null;
  /** Claim refused: its failing rule ids as `,rule,rule,`. */
  @Column('text', { nullable: true }) refusalRules!: string | null;
}
