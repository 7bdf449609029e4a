import { Controller, Get, HttpCode, Inject, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { KeyRole } from '@heze/machines';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Party } from '../auth/party.decorator';
import { NoSideEffects } from '../idempotency/idempotency.decorators';
import { BatchKindsDto, BatchListDto, FileFormatQueryDto, PreviewDto, ProgressDto, UploadQueryDto } from './batch.dto';
import { BatchService } from './batch.service';

/** The roles that work in batches (issue 16): each kind is one role's (docs/batches.md). */
const BATCH_ROLES: KeyRole[] = ['training-institution', 'evaluation-organisation', 'employer'];
const FILES = { 'text/csv': { schema: { type: 'string' as const } }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string' as const, format: 'binary' } } };

async function sendFile(res: Response, f: { body: Buffer; contentType: string; fileName: string }) {
  res.setHeader('Content-Type', f.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${f.fileName}"`);
  res.send(f.body);
}

/**
 * Batches (issue 16): upload a file → preview (nothing changed) → apply (a durable batch workflow sends
 * each row's Update as the person who applied it) → progress → outcomes. An organisation sees its own
 * batches only; another's is a 404.
 */
@ApiTags('batches')
@ApiBadRequestResponse({ description: 'A malformed file (encoding, headers, no rows) or parameter; the message names it' })
@Controller('batches')
export class BatchesController {
  constructor(@Inject(BatchService) private readonly batches: BatchService) {}

  @Get('kinds')
  @Party(BATCH_ROLES, 'self')
  @ApiOperation({ summary: "The batch kinds of the caller's role and their columns (Chinese and English headers)" })
  @ApiOkResponse({ type: BatchKindsDto })
  kinds(@CurrentCaller() caller: Caller) {
    return this.batches.kinds(caller);
  }

  @Get('templates/:kind')
  @Party(BATCH_ROLES, 'self')
  @ApiOperation({ summary: 'The template file of a batch kind: its headers and an example row' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ content: FILES, description: 'the template' })
  @ApiNotFoundResponse({ description: 'No such batch kind' })
  async template(@Param('kind') kind: string, @Query() q: FileFormatQueryDto, @Res() res: Response) {
    await sendFile(res, await this.batches.template(kind, q.format));
  }

  @Post(':kind')
  @Party(BATCH_ROLES, 'self')
  // A preview changes no case. And the Idempotency-Key hash is taken before multer reads the body, so it
  // would see no file: a key reused with another file would replay the first preview. Uploading again is safe.
  @NoSideEffects()
  // Limits from the configuration: BatchesModule's MulterModule (BATCH_MAX_BYTES).
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({ summary: 'Upload a CSV or XLSX file: every row is read and checked; the preview names each refused row (row, column, reason); nothing is changed yet' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: PreviewDto })
  @ApiNotFoundResponse({ description: 'No such batch kind' })
  @ApiPayloadTooLargeResponse({ description: 'Over BATCH_MAX_BYTES or BATCH_MAX_ROWS' })
  upload(@CurrentCaller() caller: Caller, @Param('kind') kind: string, @Query() q: UploadQueryDto, @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined) {
    return this.batches.upload(caller, kind, file?.buffer, { fileName: file?.originalname ?? 'upload', numberPattern: q.numberPattern, numberStart: q.numberStart });
  }

  @Get()
  @Party(BATCH_ROLES, 'self')
  @ApiOperation({ summary: "The caller's organisation's batches, newest first" })
  @ApiOkResponse({ type: BatchListDto })
  list(@CurrentCaller() caller: Caller) {
    return this.batches.list(caller);
  }

  @Post(':batchId/apply')
  @HttpCode(202)
  @Party(BATCH_ROLES, 'self')
  @ApiOperation({ summary: 'Apply a previewed batch: its workflow sends each row as the caller; rows done before are "already done"' })
  @ApiAcceptedResponse({ type: ProgressDto })
  @ApiNotFoundResponse({ description: 'No such batch of yours' })
  @ApiConflictResponse({ description: 'Applied already' })
  apply(@CurrentCaller() caller: Caller, @Param('batchId') batchId: string) {
    return this.batches.apply(caller, batchId);
  }

  @Get(':batchId')
  @Party(BATCH_ROLES, 'self')
  @ApiOperation({ summary: 'Progress: rows done, already done, refused, failed, pending' })
  @ApiOkResponse({ type: ProgressDto })
  @ApiNotFoundResponse({ description: 'No such batch of yours' })
  progress(@CurrentCaller() caller: Caller, @Param('batchId') batchId: string) {
    return this.batches.progress(caller, batchId);
  }

  @Get(':batchId/outcomes')
  @Party(BATCH_ROLES, 'self')
  @ApiOperation({ summary: "Each row's outcome (or, before apply, its preview) as CSV or XLSX; resident IDs masked" })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ content: FILES, description: 'the outcomes' })
  @ApiNotFoundResponse({ description: 'No such batch of yours' })
  async outcomes(@CurrentCaller() caller: Caller, @Param('batchId') batchId: string, @Query() q: FileFormatQueryDto, @Res() res: Response) {
    await sendFile(res, await this.batches.outcomes(caller, batchId, q.format));
  }
}
