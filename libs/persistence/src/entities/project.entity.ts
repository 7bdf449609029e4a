import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A construction project under construction, owned by its general contractor (RULES.md §1, §6). */
@Entity('projects')
export class ProjectRecord {
  @PrimaryColumn('varchar', { length: 64 }) id!: string;
  @Column('varchar', { length: 64 }) contractorId!: string;
  @Column('varchar', { length: 200 }) name!: string;
  @Column('boolean', { default: true }) wageGuaranteeSystemsImplemented!: boolean;
  @Column('varchar', { length: 32 }) createdAt!: string;
}
