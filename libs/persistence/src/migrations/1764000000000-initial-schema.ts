import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex, TableUnique } from 'typeorm';

// Written with TypeORM's Table API so the same migration runs on PostgreSQL and the embedded SQLite file.
const str = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});
const nullable = (name: string, length: number) => str(name, length, { isNullable: true });
const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...extra });
const txt = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...extra });

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'organisations',
        columns: [str('id', 64, { isPrimary: true }), str('name', 200), str('role', 40), nullable('creditCode', 18), str('createdAt', 32)],
        uniques: [new TableUnique({ columnNames: ['creditCode'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          str('id', 40, { isPrimary: true }),
          str('secretHash', 64),
          str('role', 40),
          nullable('organisationId', 64),
          str('label', 200),
          str('createdAt', 32),
          nullable('revokedAt', 32),
        ],
        uniques: [new TableUnique({ columnNames: ['secretHash'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'projects',
        columns: [
          str('id', 64, { isPrimary: true }),
          str('contractorId', 64),
          str('name', 200),
          { name: 'wageGuaranteeSystemsImplemented', type: 'boolean', default: true },
          str('createdAt', 32),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'journey_projections',
        columns: [
          str('journeyId', 120, { isPrimary: true }),
          str('personKey', 64),
          str('personMasked', 24),
          int('targetLevel'),
          str('state', 60),
          str('employerId', 64),
          nullable('projectId', 64),
          nullable('trainingInstitutionId', 64),
          nullable('evaluationOrganisationId', 64),
          nullable('agencyId', 64),
          int('attempts', { default: 0 }),
          int('version', { default: 0 }),
          txt('summary', { default: "'{}'" }),
          str('openedAt', 32),
          str('updatedAt', 32),
        ],
        indices: ['state', 'targetLevel', 'employerId', 'projectId'].map((c) => new TableIndex({ columnNames: [c] })),
      }),
    );
    await q.createTable(
      new Table({
        name: 'subsidy_ledger',
        columns: [
          str('claimId', 120, { isPrimary: true }),
          str('personKey', 64),
          int('year'),
          str('certificateNumber', 64),
          int('level'),
          int('amountFen'),
          str('agencyId', 64),
          str('status', 20),
          str('approvedOn', 10),
          nullable('paidAt', 32),
        ],
        uniques: [
          new TableUnique({ name: 'uq_subsidy_person_year', columnNames: ['personKey', 'year'] }),
          new TableUnique({ name: 'uq_subsidy_certificate', columnNames: ['certificateNumber'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'violation_cases',
        columns: [
          str('caseId', 160, { isPrimary: true }),
          str('journeyId', 120),
          str('employerId', 64),
          nullable('projectId', 64),
          str('status', 12),
          int('shortfallFen'),
          txt('detail'),
          str('openedAt', 32),
          nullable('closedAt', 32),
        ],
        indices: [new TableIndex({ columnNames: ['employerId'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'notifications',
        columns: [
          str('id', 200, { isPrimary: true }),
          str('recipientRole', 40),
          nullable('recipientId', 64),
          str('kind', 60),
          str('journeyId', 120),
          txt('payload'),
          str('createdAt', 32),
          nullable('deliveredAt', 32),
        ],
        indices: [new TableIndex({ columnNames: ['recipientRole', 'recipientId'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'idempotency_records',
        columns: [
          str('id', 240, { isPrimary: true }),
          str('requestHash', 64),
          int('status', { isNullable: true }),
          txt('body', { isNullable: true }),
          str('createdAt', 32),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'people',
        columns: [
          str('personKey', 64, { isPrimary: true }),
          str('residentId', 18),
          str('masked', 24),
          str('name', 100),
          str('birthDate', 10),
          str('employerId', 64),
          nullable('insuredWithAgencyId', 64),
          { name: 'enterpriseEmployee', type: 'boolean', default: true },
          int('agreedMonthlyWageFen', { isNullable: true }),
          txt('agreedBenefits', { default: "'{}'" }),
          nullable('unemploymentInsuredSince', 10),
          str('createdAt', 32),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'payroll_records',
        columns: [
          str('id', 160, { isPrimary: true }),
          str('journeyId', 120),
          str('employerId', 64),
          str('kind', 12),
          txt('detail'),
          str('recordedAt', 32),
        ],
        indices: [new TableIndex({ columnNames: ['journeyId'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'process_projections',
        columns: [
          str('workflowId', 200, { isPrimary: true }),
          str('kind', 30),
          nullable('journeyId', 120),
          str('state', 60),
          str('ownerId', 64),
          int('version', { default: 0 }),
          txt('detail', { default: "'{}'" }),
          str('updatedAt', 32),
        ],
        indices: [new TableIndex({ columnNames: ['journeyId'] }), new TableIndex({ columnNames: ['kind', 'state'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'process_projections',
      'payroll_records',
      'people',
      'idempotency_records',
      'notifications',
      'violation_cases',
      'subsidy_ledger',
      'journey_projections',
      'projects',
      'api_keys',
      'organisations',
    ]) {
      await q.dropTable(t);
    }
  }
}
