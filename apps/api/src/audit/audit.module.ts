import { Module } from '@nestjs/common';
import { AuditKeyController } from './audit-key.controller';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { JourneyTimelineController } from './journey-timeline.controller';

/** Audit and replay (issue 7): read-only views of journeys' Temporal histories for auditors and labour inspection. */
@Module({ controllers: [AuditController, AuditKeyController, JourneyTimelineController], providers: [AuditService] })
export class AuditModule {}
