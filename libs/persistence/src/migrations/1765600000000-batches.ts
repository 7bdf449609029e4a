import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const str = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'varchar', length: String(length), ...extra });
const nullable = { isNullable: true };

/** Issue 16: batches (an uploaded file) and their rows with each row's outcome. */
export class Batches1765600000000 implements MigrationInterface {
  name = 'Batches1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'batches',
        columns: [
          str('id', 40, { isPrimary: true }),
          str('kind', 32),
          str('organisationId', 64),
          { name: 'actor', type: 'text' },
          str('status', 16),
          str('fileName', 200),
          str('format', 8),
          str('encoding', 16),
          { name: 'rowCount', type: 'integer' },
          { name: 'skipped', type: 'text' },
          str('createdAt', 32),
          str('appliedAt', 32, nullable),
          str('finishedAt', 32, nullable),
        ],
        indices: [new TableIndex({ columnNames: ['organisationId'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'batch_rows',
        columns: [
          str('batchId', 40, { isPrimary: true }),
          { name: 'seq', type: 'integer', isPrimary: true },
          { name: 'rowNumber', type: 'integer' },
          str('rowKey', 240, nullable),
          str('person', 24, nullable),
          str('journeyId', 120, nullable),
          { name: 'data', type: 'text' },
          str('preview', 16),
          str('outcome', 16, nullable),
          str('column', 40, nullable),
          { name: 'reason', type: 'text', isNullable: true },
          { name: 'clauses', type: 'text', isNullable: true },
          str('state', 40, nullable),
          { name: 'attempts', type: 'integer', default: 0 },
          str('updatedAt', 32, nullable),
        ],
        indices: [new TableIndex({ columnNames: ['rowKey'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('batch_rows');
    await q.dropTable('batches');
  }
}
