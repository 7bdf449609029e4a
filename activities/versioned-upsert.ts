import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Writes a read-model row only if it is newer than the stored one (`version` is the workflow's
 * transition count), so a retried, replayed or late activity never overwrites a newer state.
 * `insertOnly` holds columns written when the row is first created (e.g. `openedAt`).
 */
export async function upsertNewer<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  values: T & { version: number },
  insertOnly: Partial<T> = {},
): Promise<void> {
  const updated = await ds
    .createQueryBuilder()
    .update(entity)
    .set(values)
    .where(`"${key}" = :id AND version < :v`, { id: values[key], v: values.version })
    .execute();
  if (!updated.affected) await ds.createQueryBuilder().insert().into(entity).values({ ...values, ...insertOnly }).orIgnore().execute();
}
