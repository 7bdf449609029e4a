import { Module } from '@nestjs/common';
import { JourneysModule } from '../journeys/journeys.module';
import { BatchesController } from './batches.controller';
import { BatchService } from './batch.service';

@Module({ imports: [JourneysModule], controllers: [BatchesController], providers: [BatchService] })
export class BatchesModule {}
