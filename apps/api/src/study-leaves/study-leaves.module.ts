import { Module } from '@nestjs/common';
import { JourneysModule } from '../journeys/journeys.module';
import { StudyLeaveController } from './study-leave.controller';
import { StudyLeaveService } from './study-leave.service';

@Module({ imports: [JourneysModule], controllers: [StudyLeaveController], providers: [StudyLeaveService] })
export class StudyLeavesModule {}
