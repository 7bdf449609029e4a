import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * One approved skill-upgrade subsidy. The unique keys are the last line of defence behind the
 * per-person ledger workflow: subsidy.once-per-year (person, year) and subsidy.certificate-once.
 */
@Entity('subsidy_ledger')
@Unique('uq_subsidy_person_year', ['personKey', 'year'])
@Unique('uq_subsidy_certificate', ['certificateNumber'])
export class SubsidyLedgerEntry {
  @PrimaryColumn('varchar', { length: 120 }) claimId!: string;
  @Column('varchar', { length: 64 }) personKey!: string;
  @Column('integer') year!: number;
  @Column('varchar', { length: 64 }) certificateNumber!: string;
  @Column('integer') level!: number;
  @Column('integer') amountFen!: number;
  @Column('varchar', { length: 64 }) agencyId!: string;
  @Column('varchar', { length: 20 }) status!: 'approved' | 'payment-instructed' | 'paid';
  @Column('varchar', { length: 10 }) approvedOn!: string;
  @Column('varchar', { length: 32, nullable: true }) paidAt!: string | null;
}
