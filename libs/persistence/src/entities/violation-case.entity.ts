import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A wage-protection violation (RULES.md §4): opened on a shortfall, closed when back pay covers it. */
@Entity('violation_cases')
@Index(['employerId'])
@Index('idx_violation_case_key', ['caseKey'])
export class ViolationCase {
  @PrimaryColumn('varchar', { length: 160 }) caseId!: string;
  @Column('varchar', { length: 120 }) journeyId!: string;
  @Column('varchar', { length: 64 }) employerId!: string;
  @Column('varchar', { length: 64, nullable: true }) projectId!: string | null;
  @Column('varchar', { length: 12 }) status!: 'open' | 'closed';
  @Column('integer') shortfallFen!: number;
  @Column('text') detail!: string;
  @Column('varchar', { length: 32 }) openedAt!: string;
  @Column('varchar', { length: 32, nullable: true }) closedAt!: string | null;
  // Issue 17 statistics (migration 1765700000000).
  /** The wage-protection case (payroll records are filed under it). */
  @Column('varchar', { length: 160, nullable: true }) caseKey!: string | null;
  /** The most the violation was owed at once (outstanding + back pay already made), in fen. */
  @Column('integer', { default: 0 }) owedFen!: number;
  /** Back pay recorded against the case since the violation opened, in fen. */
  @Column('integer', { default: 0 }) backPaidFen!: number;
}
