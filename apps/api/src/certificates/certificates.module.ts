import { Module } from '@nestjs/common';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesController } from './certificates.controller';

@Module({ controllers: [CertificatesController], providers: [CertificateVerificationService] })
export class CertificatesModule {}
