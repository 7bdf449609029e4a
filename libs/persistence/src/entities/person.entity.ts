import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A specialist. The resident ID is stored (RULES.md §1) but keyed and shown by hash and mask only. */
@Entity('people')
export class PersonRecord {
  @PrimaryColumn('varchar', { length: 64 }) personKey!: string;
  @Column('varchar', { length: 18 }) residentId!: string;
  @Column('varchar', { length: 24 }) masked!: string;
  @Column('varchar', { length: 100 }) name!: string;
  @Column('varchar', { length: 10 }) birthDate!: string;
  @Column('varchar', { length: 64 }) employerId!: string;
  @Column('varchar', { length: 64, nullable: true }) insuredWithAgencyId!: string | null;
  /** subsidy.enterprise-employee */
  @Column('boolean', { default: true }) enterpriseEmployee!: boolean;
  /** Agreed monthly wage on record (RULES.md §4 baseline), in fen. */
  @Column('integer', { nullable: true }) agreedMonthlyWageFen!: number | null;
  /** Agreed monthly benefits by name, in fen (JSON). */
  @Column('text', { default: '{}' }) agreedBenefits!: string;
  /** Start of continuous unemployment-insurance contributions (subsidy.insured-12-months). */
  @Column('varchar', { length: 10, nullable: true }) unemploymentInsuredSince!: string | null;
  @Column('varchar', { length: 32 }) createdAt!: string;
}
