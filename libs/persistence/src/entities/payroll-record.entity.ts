import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Payroll and back pay as recorded by the employer (RULES.md §4). Amounts in fen. */
@Entity('payroll_records')
@Index(['journeyId'])
export class PayrollRecordRow {
  @PrimaryColumn('varchar', { length: 160 }) id!: string;
  @Column('varchar', { length: 120 }) journeyId!: string;
  @Column('varchar', { length: 64 }) employerId!: string;
  @Column('varchar', { length: 12 }) kind!: 'payroll' | 'back-pay';
  @Column('text') detail!: string;
  @Column('varchar', { length: 32 }) recordedAt!: string;
}
