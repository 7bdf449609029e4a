import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A skill-level certificate number, reserved for one person and one issuing evaluation organisation
 * when it is first recorded (issue 13.9): a second use of the number for anyone else is refused.
 */
@Entity('certificates')
export class CertificateRecord {
  @PrimaryColumn('varchar', { length: 64 }) certificateNumber!: string;
  @Column('varchar', { length: 64 }) personKey!: string;
  @Column('varchar', { length: 120, unique: true }) journeyId!: string;
  @Column('varchar', { length: 64 }) issuerId!: string;
  @Column('varchar', { length: 10 }) issuedOn!: string;
  @Column('varchar', { length: 32 }) recordedAt!: string;
  /** Revoked by its issuer or the programme office (issue 17): verification then says so. */
  @Column('varchar', { length: 32, nullable: true }) revokedAt!: string | null;
  @Column('text', { nullable: true }) revokedReason!: string | null;
}
