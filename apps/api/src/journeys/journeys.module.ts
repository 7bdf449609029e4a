import { Module } from '@nestjs/common';
import { CertificateRegistry } from './certificate-registry';
import { JourneyService } from './journey.service';
import { JourneysController } from './journeys.controller';

@Module({ controllers: [JourneysController], providers: [JourneyService, CertificateRegistry], exports: [JourneyService] })
export class JourneysModule {}
