import { Module } from '@nestjs/common';
import { JourneyService } from './journey.service';
import { JourneysController } from './journeys.controller';

@Module({ controllers: [JourneysController], providers: [JourneyService], exports: [JourneyService] })
export class JourneysModule {}
