import type { DataSource } from 'typeorm';
import { JourneyProjection, ProcessProjection } from '@heze/persistence';
import type { BundleProjections } from './bundle';

/**
 * The journey's read-model rows as they are now: its journey_projections row and the process_projections
 * rows that name it. Person data there is the person key (an HMAC) and the masked ID, never a whole ID.
 */
export async function readProjections(ds: DataSource, journeyId: string): Promise<BundleProjections> {
  const journeys = await ds.getRepository(JourneyProjection).find({ where: { journeyId } });
  const processes = await ds.getRepository(ProcessProjection).find({ where: { journeyId }, order: { workflowId: 'ASC' } });
  return { journey_projections: journeys.map((r) => ({ ...r })), process_projections: processes.map((r) => ({ ...r })) };
}
