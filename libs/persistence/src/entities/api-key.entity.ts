import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@heze/machines';

/** One API key = one role + one organisation. Only the SHA-256 of the secret is stored. */
@Entity('api_keys')
export class ApiKeyRecord {
  @PrimaryColumn('varchar', { length: 40 }) id!: string;
  @Column('varchar', { length: 64, unique: true }) secretHash!: string;
  @Column('varchar', { length: 40 }) role!: Role;
  @Column('varchar', { length: 64, nullable: true }) organisationId!: string | null;
  @Column('varchar', { length: 200 }) label!: string;
  @Column('varchar', { length: 32 }) createdAt!: string;
  @Column('varchar', { length: 32, nullable: true }) revokedAt!: string | null;
}
