import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex, TableUnique } from 'typeorm';

const str = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'varchar', length: String(length), ...extra });

/** Issue 15: people's accounts, their server-side sessions, and sign-in throttling. */
export class Accounts1765400000000 implements MigrationInterface {
  name = 'Accounts1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          str('id', 40, { isPrimary: true }),
          str('organisationId', 64),
          str('login', 64),
          str('name', 200),
          str('passwordHash', 200),
          { name: 'mustChangePassword', type: 'boolean', default: false },
          str('createdAt', 32),
          str('passwordChangedAt', 32),
          str('disabledAt', 32, { isNullable: true }),
        ],
        uniques: [new TableUnique({ columnNames: ['login'] })],
        indices: [new TableIndex({ columnNames: ['organisationId'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'user_sessions',
        columns: [str('idHash', 64, { isPrimary: true }), str('userId', 40), str('csrfToken', 64), str('createdAt', 32), str('lastSeenAt', 32), str('expiresAt', 32)],
        indices: [new TableIndex({ columnNames: ['userId'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'login_throttle',
        columns: [str('key', 80, { isPrimary: true }), { name: 'failures', type: 'integer', default: 0 }, str('windowStartedAt', 32), str('lockedUntil', 32, { isNullable: true })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('login_throttle');
    await q.dropTable('user_sessions');
    await q.dropTable('users');
  }
}
