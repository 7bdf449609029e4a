import { ApiOkResponse } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { MachineView } from '@heze/temporal';

/** The answer of every Update and of the `view` Query, for the OpenAPI document; typed against MachineView so the two cannot drift. */
export const MachineViewSchema = z.object({
  workflowType: z.string(),
  state: z.string().describe("the machine's current state"),
  allowedEvents: z.array(z.string()).describe('external events the current state takes (others are a 409)'),
  context: z.record(z.string(), z.unknown()).describe('plain JSON context of the machine; identifiers masked'),
  version: z.number().int().describe('transitions taken so far'),
  done: z.boolean().describe('the workflow has reached a final state'),
}) satisfies z.ZodType<MachineView>;
export class MachineViewDto extends createZodDto(MachineViewSchema) {}

/** The 200 of a write that sends one event: the workflow's new state. */
export const ApiNewState = () =>
  ApiOkResponse({ type: MachineViewDto, description: 'The new state (where rules decided, their RULES.md clause ids are in the context)' });
