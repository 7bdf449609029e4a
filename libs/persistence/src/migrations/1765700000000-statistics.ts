import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * Issue 17 statistics: the dates each stage was reached, the county (the 6-digit area code of the
 * resident ID, never the ID), the last sitting and result; the sub-processes' opening, closing and
 * stage dates, claim amounts, year and refusal rules; what a wage violation owed and what was paid back.
 * Rows projected before this migration have no stage dates for the stages they had already passed
 * (null): the statistics count them by their state; the county is filled from the person rows here.
 */
export class Statistics1765700000000 implements MigrationInterface {
  name = 'Statistics1765700000000';

  async up(q: QueryRunner): Promise<void> {
    const stamp = (name: string) => new TableColumn({ name, type: 'varchar', length: '32', isNullable: true });
    await q.addColumns('journey_projections', [
      ...['enrolledAt', 'trainedAt', 'registeredAt', 'resultAt', 'certifiedAt', 'closedAt', 'withdrawnAt'].map(stamp),
      new TableColumn({ name: 'lastSittingOn', type: 'varchar', length: '10', isNullable: true }),
      new TableColumn({ name: 'resultPassed', type: 'boolean', isNullable: true }),
      new TableColumn({ name: 'certificateIssuedOn', type: 'varchar', length: '10', isNullable: true }),
      new TableColumn({ name: 'countyCode', type: 'varchar', length: '6', isNullable: true }),
    ]);
    await q.query(
      `UPDATE journey_projections SET "countyCode" = (SELECT substr(p."residentId", 1, 6) FROM people p WHERE p."personKey" = journey_projections."personKey") WHERE "countyCode" IS NULL`,
    );
    await q.addColumns('process_projections', [
      ...['openedAt', 'closedAt', 'escalatedAt', 'grantedAt', 'blockedAt', 'withdrawnAt'].map(stamp),
      new TableColumn({ name: 'projectId', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'year', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'amountFen', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'paidFen', type: 'integer', isNullable: true }),
      // ',rule,rule,' so that one rule is found with LIKE '%,rule,%' in PostgreSQL and SQLite alike.
      new TableColumn({ name: 'refusalRules', type: 'text', isNullable: true }),
    ]);
    await q.addColumns('violation_cases', [
      new TableColumn({ name: 'caseKey', type: 'varchar', length: '160', isNullable: true }),
      new TableColumn({ name: 'owedFen', type: 'integer', default: 0 }),
      new TableColumn({ name: 'backPaidFen', type: 'integer', default: 0 }),
    ]);
    await q.query(`UPDATE violation_cases SET "owedFen" = "shortfallFen"`);
    // The statistics page's groupings (bench/statistics.bench.ts; docs/statistics.md).
    await q.createIndices('journey_projections', [
      new TableIndex({ name: 'idx_journey_opened', columnNames: ['openedAt'] }),
      new TableIndex({ name: 'idx_journey_county', columnNames: ['countyCode'] }),
      new TableIndex({ name: 'idx_journey_eval_org', columnNames: ['evaluationOrganisationId'] }),
    ]);
    await q.createIndex('process_projections', new TableIndex({ name: 'idx_process_kind_year', columnNames: ['kind', 'year', 'ownerId'] }));
    await q.createIndex('violation_cases', new TableIndex({ name: 'idx_violation_case_key', columnNames: ['caseKey'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('violation_cases', 'idx_violation_case_key');
    await q.dropIndex('process_projections', 'idx_process_kind_year');
    for (const i of ['idx_journey_eval_org', 'idx_journey_county', 'idx_journey_opened']) await q.dropIndex('journey_projections', i);
    for (const c of ['backPaidFen', 'owedFen', 'caseKey']) await q.dropColumn('violation_cases', c);
    for (const c of ['refusalRules', 'paidFen', 'amountFen', 'year', 'projectId', 'withdrawnAt', 'blockedAt', 'grantedAt', 'escalatedAt', 'closedAt', 'openedAt']) await q.dropColumn('process_projections', c);
    for (const c of ['countyCode', 'certificateIssuedOn', 'resultPassed', 'lastSittingOn', 'withdrawnAt', 'closedAt', 'certifiedAt', 'resultAt', 'registeredAt', 'trainedAt', 'enrolledAt']) await q.dropColumn('journey_projections', c);
  }
}
