import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import {
  BadWorkflowIdError,
  exportJourney,
  WORKFLOW_ID_PATTERN,
  Replayer,
  type ReplayReport,
  AtPointError,
  parseAt,
  stateAt,
  type StateAt,
  actingUserIds,
  buildTimeline,
  withUserNames,
  type TimelineEntry,
} from '@heze/audit';
import type { AuditExport } from '@heze/audit';
import { userNames } from '@heze/persistence';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';

/** A bad `at` is a 400 naming the parameter like any other (`at: …`). */
const atError = (err: AtPointError) => new BadRequestException({ field: 'at', message: `at: ${err.message.replace(/^'at':? ?/, '')}` });

/** Reads journeys' histories from Temporal (never the projections): export, timeline, replay, state at a point. */
@Injectable()
export class AuditService {
  /** Bundles the workflow code (dist/workflows) once, at the first replay. */
  private readonly replayer = new Replayer();

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(DataSource) private readonly ds: DataSource,
  ) {}

  async history(journeyId: string): Promise<AuditExport> {
    if (!WORKFLOW_ID_PATTERN.test(journeyId)) throw new BadRequestException(`'${journeyId.slice(0, 80)}' is not a journey id`);
    try {
      const doc = await exportJourney(this.client, journeyId);
      if (doc.workflows[0]?.workflowType !== 'journeyWorkflow') throw new NotFoundException(`no journey '${journeyId}'`);
      return doc;
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw new NotFoundException(`no journey '${journeyId}'`);
      if (err instanceof BadWorkflowIdError) throw new BadRequestException(err.message);
      throw err;
    }
  }

  async timeline(journeyId: string): Promise<{ journeyId: string; entries: TimelineEntry[] }> {
    const entries = buildTimeline(await this.history(journeyId));
    // The people who acted, by name (issue 15): the histories hold user ids only.
    return { journeyId, entries: withUserNames(entries, await userNames(this.ds, actingUserIds(entries))) };
  }

  async replay(journeyId: string): Promise<ReplayReport> {
    return this.replayer.replay(await this.history(journeyId));
  }

  async stateAt(journeyId: string, rawAt: string | undefined, workflowId: string | undefined): Promise<StateAt> {
    let at;
    try {
      at = parseAt(rawAt);
    } catch (err) {
      if (err instanceof AtPointError) throw atError(err);
      throw err;
    }
    if (workflowId !== undefined && !('eventId' in at)) throw new BadRequestException({ field: 'workflow', message: "workflow: goes with an event id in 'at' (event ids are per workflow)" });
    const doc = await this.history(journeyId);
    try {
      return stateAt(doc, workflowId !== undefined && 'eventId' in at ? { ...at, workflowId } : at);
    } catch (err) {
      if (err instanceof AtPointError) {
        throw err.message.startsWith("'at'") ? atError(err) : new BadRequestException({ field: 'workflow', message: `workflow: ${err.message}` });
      }
      throw err;
    }
  }
}
