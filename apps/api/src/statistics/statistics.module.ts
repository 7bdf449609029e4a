import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';

/** Issue 17: the programme's figures for the office, auditors and labour inspection (docs/statistics.md). */
@Module({ controllers: [StatisticsController], providers: [StatisticsService] })
export class StatisticsModule {}
