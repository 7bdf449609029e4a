import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Outbox row: the primary key is the notification's idempotency key, so a retried activity inserts nothing new. */
@Entity('notifications')
@Index(['recipientRole', 'recipientId'])
export class NotificationRecord {
  @PrimaryColumn('varchar', { length: 200 }) id!: string;
  @Column('varchar', { length: 40 }) recipientRole!: string;
  @Column('varchar', { length: 64, nullable: true }) recipientId!: string | null;
  @Column('varchar', { length: 60 }) kind!: string;
  @Column('varchar', { length: 120 }) journeyId!: string;
  @Column('text') payload!: string;
  @Column('varchar', { length: 32 }) createdAt!: string;
  @Column('varchar', { length: 32, nullable: true }) deliveredAt!: string | null;
}
