import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '@heze/config';
import {
  ApiKeyRecord,
  CertificateRecord,
  IdempotencyRecord,
  JourneyProjection,
  NotificationRecord,
  OrganisationRecord,
  PayrollRecordRow,
  PersonRecord,
  ProcessProjection,
  ProjectRecord,
  SubsidyLedgerEntry,
  ViolationCase,
  LoginThrottleRecord,
  UserRecord,
  UserSessionRecord,
  BatchRecord,
  BatchRowRecord,
} from './entities';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema';
import { JourneyFacts1764900000000 } from './migrations/1764900000000-journey-facts';
import { CertificateRevocation1765100000000 } from './migrations/1765100000000-certificate-revocation';
import { Accounts1765400000000 } from './migrations/1765400000000-accounts';
import { Batches1765600000000 } from './migrations/1765600000000-batches';
import { Statistics1765700000000 } from './migrations/1765700000000-statistics';

export const entities = [
  OrganisationRecord,
  ApiKeyRecord,
  ProjectRecord,
  JourneyProjection,
  SubsidyLedgerEntry,
  ViolationCase,
  NotificationRecord,
  IdempotencyRecord,
  PersonRecord,
  PayrollRecordRow,
  ProcessProjection,
  CertificateRecord,
  UserRecord,
  UserSessionRecord,
  LoginThrottleRecord,
  BatchRecord,
  BatchRowRecord,
];
export const migrations = [InitialSchema1764000000000, JourneyFacts1764900000000, CertificateRevocation1765100000000, Accounts1765400000000, Batches1765600000000, Statistics1765700000000];

export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = { entities, migrations, synchronize: false, logging: false as const };
  if (db.type === 'postgres') {
    return { ...common, type: 'postgres', url: db.url, extra: { max: 10, connectionTimeoutMillis: 5_000 } };
  }
  fs.mkdirSync(path.dirname(db.file), { recursive: true });
  // WAL + busy timeout: the API and the worker are separate processes writing the same file.
  return {
    ...common,
    type: 'better-sqlite3',
    database: db.file,
    enableWAL: true,
    prepareDatabase: (conn: { pragma(s: string): unknown }) => {
      conn.pragma('busy_timeout = 5000');
    },
  };
}

/** Opens the database and, unless told not to, applies pending migrations. */
export async function openDatabase(db: DatabaseConfig, opts: { migrate?: boolean } = {}): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(db));
  await ds.initialize();
  if (opts.migrate !== false) await ds.runMigrations({ transaction: 'each' });
  return ds;
}

/** Describes the database for health output without leaking credentials. */
export function describeDatabase(db: DatabaseConfig): string {
  if (db.type === 'sqlite') return `sqlite ${db.file}`;
  const u = new URL(db.url);
  return `postgres ${u.hostname}:${u.port || 5432}${u.pathname}`;
}
