import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@heze/machines';

/** A party of the programme (ARCHITECTURE.md "Parties"); its credit code is stored, never logged whole. */
@Entity('organisations')
export class OrganisationRecord {
  @PrimaryColumn('varchar', { length: 64 }) id!: string;
  @Column('varchar', { length: 200 }) name!: string;
  @Column('varchar', { length: 40 }) role!: Role;
  @Column('varchar', { length: 18, nullable: true, unique: true }) creditCode!: string | null;
  @Column('varchar', { length: 32 }) createdAt!: string;
  /** A suspended organisation's keys are refused and it cannot be named as a party (issue 13.7). */
  @Column('varchar', { length: 32, nullable: true }) suspendedAt!: string | null;
}
