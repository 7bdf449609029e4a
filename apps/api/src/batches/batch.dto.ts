import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { queryParams } from '../infrastructure/query-params';
import { orNull } from '../openapi/or-null';

export const FileFormatQuerySchema = queryParams({ format: z.enum(['csv', 'xlsx']).default('csv').describe('csv (UTF-8 with BOM) or xlsx') });
export class FileFormatQueryDto extends createZodDto(FileFormatQuerySchema) {}

export const UploadQuerySchema = queryParams({
  numberPattern: z.string().max(64).optional().describe('certificates: numbers for rows without one, e.g. HZ{yyyy}-L{level}-{seq:5}'),
  numberStart: z.coerce.number().int().min(0).max(1_000_000_000).optional().describe('certificates: the first {seq} (default 1)'),
});
export class UploadQueryDto extends createZodDto(UploadQuerySchema) {}

const BatchSchema = z.object({
  batchId: z.string(),
  kind: z.string(),
  status: z.enum(['previewed', 'applying', 'done']),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().describe('utf-8, gb18030 (GBK), utf-16le/be, or xlsx'),
  rows: z.number().int().describe('data rows (blank rows left out)'),
  skippedRows: z.array(z.number().int()).describe('blank rows left out'),
  createdAt: z.string(),
  appliedAt: orNull(z.string(), 'when apply was asked for'),
  finishedAt: orNull(z.string(), 'when every row had its outcome'),
});

export const PreviewSchema = BatchSchema.extend({
  accepted: z.number().int().describe('rows that will be applied'),
  refused: z.array(z.object({ row: z.number().int(), column: orNull(z.string(), 'the column at fault'), reason: z.string(), person: orNull(z.string(), 'resident ID, masked') })),
  alreadyDone: z.array(z.object({ row: z.number().int(), person: orNull(z.string(), 'resident ID, masked') })),
});
export class PreviewDto extends createZodDto(PreviewSchema) {}

export const ProgressSchema = BatchSchema.extend({
  finished: z.number().int(),
  counts: z.object({ done: z.number().int(), alreadyDone: z.number().int(), refused: z.number().int(), failed: z.number().int(), pending: z.number().int() }),
});
export class ProgressDto extends createZodDto(ProgressSchema) {}

export class BatchListDto extends createZodDto(z.object({ items: z.array(BatchSchema) })) {}

const ColumnSchema = z.object({ key: z.string(), headers: z.array(z.string()), required: z.boolean(), example: z.string(), description: z.string() });
export class BatchKindsDto extends createZodDto(z.object({ items: z.array(z.object({ kind: z.string(), title: z.string(), columns: z.array(ColumnSchema) })) })) {}
