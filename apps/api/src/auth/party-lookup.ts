import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { JourneyProjection, ProcessProjection, readClaimProjection } from '@heze/persistence';
import { viewQuery, type MachineView } from '@heze/temporal';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';

export type JourneyPartyField = 'employerId' | 'trainingInstitutionId' | 'evaluationOrganisationId' | 'agencyId';
export type JourneyParties = { journeyId: string; personKey: string } & Record<JourneyPartyField, string | null>;

/** A study leave, its wage protection or a project incentive: the one organisation that answers for it. */
export interface ProcessParties {
  workflowId: string;
  ownerId: string | null;
}

export interface ClaimParties {
  claimId: string;
  agencyId: string | null;
  journeyId: string | null;
  /** The journey's employer (a claim's second reader). */
  employerId: string | null;
  /** The claim itself, read with its parties, so a read need not ask again. */
  view: MachineView;
}

/**
 * The parties of a resource, for the @Party relation, read from the read model (journey_projections,
 * process_projections: written inside the Update that changed them, read without a worker, which is
 * scarce under load). Only when no row exists yet (the moment after a start) is the workflow asked.
 */
@Injectable()
export class PartyLookup {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  private view(workflowId: string): Promise<MachineView> {
    return this.client.workflow.getHandle(workflowId).query(viewQuery);
  }

  /** The journey's parties; unknown journey: 404. */
  async journey(journeyId: string): Promise<JourneyParties> {
    const row = await this.ds.getRepository(JourneyProjection).findOneBy({ journeyId });
    if (row) {
      const { personKey, employerId, trainingInstitutionId, evaluationOrganisationId, agencyId } = row;
      return { journeyId, personKey, employerId, trainingInstitutionId, evaluationOrganisationId, agencyId };
    }
    const c = (await this.view(journeyId)).context as Record<string, any>;
    return {
      journeyId,
      personKey: c.personKey,
      employerId: c.employerId ?? null,
      trainingInstitutionId: c.trainingInstitutionId ?? null,
      evaluationOrganisationId: c.evaluationOrganisationId ?? null,
      agencyId: c.subsidy?.agencyId ?? null,
    };
  }

  /**
   * The journey's projection row, for reads that present it. Just opened: the first projection write may
   * still be on its way, so when the workflow exists the row is waited for (up to 5 s). Unknown: 404.
   */
  async journeyRow(journeyId: string): Promise<JourneyProjection> {
    const repo = this.ds.getRepository(JourneyProjection);
    const row = await repo.findOneBy({ journeyId });
    if (row) return row;
    const missing = new NotFoundException(`no journey '${journeyId}'`);
    await this.view(journeyId).catch(() => {
      throw missing;
    });
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const found = await repo.findOneBy({ journeyId });
      if (found) return found;
    }
    throw missing;
  }

  /**
   * The organisation that answers for a study leave, its wage protection or a project incentive: the
   * process projection's owner, else (just started) the workflow's `ownerField`. Unknown: 404.
   */
  async process(workflowId: string, ownerField: 'employerId' | 'contractorId'): Promise<ProcessParties> {
    const row = await this.ds.getRepository(ProcessProjection).findOne({ where: { workflowId }, select: { ownerId: true } });
    if (row) return { workflowId, ownerId: row.ownerId };
    const c = (await this.view(workflowId)).context as Record<string, any>;
    return { workflowId, ownerId: c[ownerField] ?? null };
  }

  /**
   * A claim's agency, journey and employer, and the claim itself, from its projection (issue 14: each
   * transition writes it, so no worker is needed). No row yet (a claim just started, or one started
   * before claims were projected, until its next transition): its workflow is asked, like `process`.
   */
  async claim(claimId: string): Promise<ClaimParties> {
    const row = await readClaimProjection(this.ds, claimId);
    if (row) return { claimId, agencyId: row.agencyId, journeyId: row.journeyId, employerId: row.employerId, view: row.view };
    const view = await this.view(claimId);
    const c = view.context as Record<string, any>;
    const journeyId: string | null = c.journeyId ?? null;
    return { claimId, agencyId: c.agencyId ?? null, journeyId, employerId: await this.employerOfJourney(journeyId), view };
  }

  /** The employer of a journey, or null when it cannot be found (a claim reader's second party). */
  async employerOfJourney(journeyId: string | null): Promise<string | null> {
    if (!journeyId) return null;
    return (await this.journey(journeyId).catch(() => null))?.employerId ?? null;
  }
}
