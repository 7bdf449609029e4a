import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { AppConfig } from '@heze/config';
import { APP_CONFIG } from '../infrastructure/tokens';
import { JourneysModule } from '../journeys/journeys.module';
import { BatchesController } from './batches.controller';
import { BatchService } from './batch.service';

@Module({
  imports: [
    JourneysModule,
    // Uploads are held in memory (no temporary files) up to BATCH_MAX_BYTES: one file, a few fields.
    MulterModule.registerAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ limits: { fileSize: config.batch.maxBytes, files: 1, fields: 5 } }) }),
  ],
  controllers: [BatchesController],
  providers: [BatchService],
})
export class BatchesModule {}
