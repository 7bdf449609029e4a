import { MigrationInterface, QueryRunner, Table, TableColumn, TableUnique } from 'typeorm';

/**
 * Issue 13: the facts a journey's decisions rest on belong to the journey (its history and its
 * projection), not to a shared person row; certificate numbers belong to one person and one issuer;
 * an organisation can be suspended.
 */
export class JourneyFacts1764900000000 implements MigrationInterface {
  name = 'JourneyFacts1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('journey_projections', [
      new TableColumn({ name: 'insuredWithAgencyId', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'enterpriseEmployee', type: 'boolean', isNullable: true }),
      new TableColumn({ name: 'unemploymentInsuredSince', type: 'varchar', length: '10', isNullable: true }),
      // Agreed monthly wage and benefits in fen (JSON): the wage-protection baseline (RULES.md §4).
      new TableColumn({ name: 'agreedPay', type: 'text', isNullable: true }),
    ]);
    await q.addColumn('organisations', new TableColumn({ name: 'suspendedAt', type: 'varchar', length: '32', isNullable: true }));
    await q.createTable(
      new Table({
        name: 'certificates',
        columns: [
          { name: 'certificateNumber', type: 'varchar', length: '64', isPrimary: true },
          { name: 'personKey', type: 'varchar', length: '64' },
          { name: 'journeyId', type: 'varchar', length: '120' },
          { name: 'issuerId', type: 'varchar', length: '64' },
          { name: 'issuedOn', type: 'varchar', length: '10' },
          { name: 'recordedAt', type: 'varchar', length: '32' },
        ],
        uniques: [new TableUnique({ name: 'uq_certificate_journey', columnNames: ['journeyId'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('certificates');
    await q.dropColumn('organisations', 'suspendedAt');
    for (const c of ['agreedPay', 'unemploymentInsuredSince', 'enterpriseEmployee', 'insuredWithAgencyId']) await q.dropColumn('journey_projections', c);
  }
}
