import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '@heze/machines';

/**
 * The one definition of every message name (ARCHITECTURE.md: "one place for the message names").
 * Workflows, the API and tests import these; nobody spells a message name as a string.
 */

/** An external event for a machine: its `type`, the acting party, and the event's own fields. */
export interface TransitionRequest {
  event: { type: string; actor: Actor } & Record<string, unknown>;
}

/** What a workflow shows about itself: current state, what may happen next, and the last outcome. */
export interface MachineView {
  workflowType: string;
  state: string;
  /** External events the current state has a transition for. */
  allowedEvents: string[];
  /** Plain JSON context of the machine (no personal identifiers in clear). */
  context: Record<string, unknown>;
  /** Count of transitions taken; used to order projection writes. */
  version: number;
  /** Whether the workflow has reached a final state. */
  done: boolean;
}

/** Every transition of every machine is this Update; its validator asks the machine (no silent drops). */
export const transitionUpdate = defineUpdate<MachineView, [TransitionRequest]>('transition');

/** Current state and allowed events. */
export const viewQuery = defineQuery<MachineView>('view');

/** ApplicationFailure type of a refused transition (the runner's refusals); the API maps it to 409. */
export const TRANSITION_REFUSED = 'TransitionRefused';
