import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The first response to a write with an Idempotency-Key, replayed for every retry with the same key. */
@Entity('idempotency_records')
export class IdempotencyRecord {
  /** `${apiKeyId}:${Idempotency-Key}`: keys are scoped to the caller. */
  @PrimaryColumn('varchar', { length: 240 }) id!: string;
  @Column('varchar', { length: 64 }) requestHash!: string;
  @Column('integer', { nullable: true }) status!: number | null;
  @Column('text', { nullable: true }) body!: string | null;
  @Column('varchar', { length: 32 }) createdAt!: string;
}
