import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Issue 17: a revoked certificate says so when it is verified. */
export class CertificateRevocation1765100000000 implements MigrationInterface {
  name = 'CertificateRevocation1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('certificates', [
      new TableColumn({ name: 'revokedAt', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn({ name: 'revokedReason', type: 'text', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('certificates', 'revokedReason');
    await q.dropColumn('certificates', 'revokedAt');
  }
}
