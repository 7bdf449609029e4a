import type { DataSource } from 'typeorm';
import type { Actor } from '@heze/machines';
import type { MachineView } from '@heze/temporal';
import { ProcessProjection } from './entities';

/** `detail` of a subsidy claim's process_projections row (written by the `projectSubsidyClaim` activity). */
export interface ClaimProjectionDetail {
  /** The claim as its workflow's Query answers it, after the transition that wrote the row. */
  view: MachineView;
  /** The journey's employer (the claim's second party, besides the agency). */
  employerId: string | null;
  cause: string;
  actor: Actor | null;
}

export interface ClaimProjection {
  claimId: string;
  /** The agency that pays the claim (the row's owner). */
  agencyId: string;
  journeyId: string | null;
  employerId: string | null;
  view: MachineView;
}

/**
 * A subsidy claim read from its projection (issue 14), without asking its workflow (a Query needs a
 * free worker, which is scarce under load). Null when no row exists yet: a claim just started (its
 * first projection is on its way) or one started before claims were projected, until its next
 * transition; ask the workflow then.
 */
export async function readClaimProjection(ds: DataSource, claimId: string): Promise<ClaimProjection | null> {
  const row = await ds.getRepository(ProcessProjection).findOneBy({ workflowId: claimId, kind: 'subsidy-claim' });
  if (!row) return null;
  const detail = JSON.parse(row.detail) as ClaimProjectionDetail;
  return { claimId, agencyId: row.ownerId, journeyId: row.journeyId, employerId: detail.employerId, view: detail.view };
}
