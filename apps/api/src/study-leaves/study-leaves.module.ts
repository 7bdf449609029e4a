import { Module } from '@nestjs/common';
import { JourneysModule } from '../journeys/journeys.module';
import { ClaimsController } from './claims.controller';
import { ProcessService } from './process.service';
import { ProjectsController } from './projects.controller';
import { StudyLeaveController } from './study-leave.controller';

@Module({ imports: [JourneysModule], controllers: [StudyLeaveController, ClaimsController, ProjectsController], providers: [ProcessService] })
export class ProcessesModule {}
