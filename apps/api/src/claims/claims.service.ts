import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { SubsidyLedgerEntry } from '@heze/persistence';
import type { MachineView } from '@heze/temporal';
import type { Caller } from '../auth/caller';
import { sendEvent } from '../infrastructure/send-event';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';

/** Skill-upgrade subsidy claims (RULES.md §5): one Update per write, like journeys. */
@Injectable()
export class ClaimsService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  async send(claimId: string, caller: Caller, event: { type: string } & Record<string, unknown>): Promise<MachineView> {
    return sendEvent(this.client, claimId, caller, event);
  }

  /** The day the rules approved a subsidy claim (its ledger row, RULES.md §5), or null while none is on record. */
  async claimApprovedOn(claimId: string): Promise<string | null> {
    const row = await this.ds.getRepository(SubsidyLedgerEntry).findOne({ where: { claimId }, select: { approvedOn: true } });
    return row?.approvedOn ?? null;
  }
}
