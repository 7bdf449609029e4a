import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CertificateRecord, JourneyProjection, OrganisationRecord, PersonRecord } from '@heze/persistence';
import type { Caller } from '../auth/caller';
import { readsAll } from '../auth/party.decorator';

/** What anyone handed a certificate may learn (issue 17): never more than this. */
export type Verification =
  | {
      status: 'valid' | 'revoked';
      certificateNumber: string;
      occupation: '劳动关系协调师';
      level: number;
      issuedOn: string;
      issuer: { id: string; name: string };
      holder: { maskedId: string };
      revokedOn: string | null;
    }
  | { status: 'not-found'; certificateNumber: string };

/** A name as people write it: case, width of spaces and surrounding blanks do not matter. */
const sameName = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase() === b.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

@Injectable()
export class CertificateVerificationService {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /**
   * A certificate is found only with its holder's name: a wrong name answers exactly like an unknown
   * number, so the endpoint cannot be used to learn which numbers exist or whose they are.
   */
  async verify(certificateNumber: string, name: string): Promise<Verification> {
    const notFound = { status: 'not-found' as const, certificateNumber };
    const cert = await this.ds.getRepository(CertificateRecord).findOneBy({ certificateNumber });
    if (!cert) return notFound;
    const person = await this.ds.getRepository(PersonRecord).findOne({ where: { personKey: cert.personKey }, select: { name: true, masked: true } });
    if (!person || !sameName(person.name, name)) return notFound;
    // Only a certificate the journey really recorded counts (a reservation whose Update was refused does not).
    const journey = await this.ds.getRepository(JourneyProjection).findOne({ where: { journeyId: cert.journeyId }, select: { targetLevel: true, state: true, summary: true } });
    const recorded = journey && !['applied', 'enrolled', 'trainingCompleted', 'registering', 'registered', 'passed', 'failed', 'withdrawn'].includes(journey.state);
    if (!journey || !recorded) return notFound;
    const issuer = await this.ds.getRepository(OrganisationRecord).findOne({ where: { id: cert.issuerId }, select: { id: true, name: true } });
    return {
      status: cert.revokedAt ? 'revoked' : 'valid',
      certificateNumber,
      occupation: '劳动关系协调师',
      level: journey.targetLevel,
      issuedOn: cert.issuedOn,
      issuer: { id: cert.issuerId, name: issuer?.name ?? cert.issuerId },
      holder: { maskedId: person.masked },
      revokedOn: cert.revokedAt ? cert.revokedAt.slice(0, 10) : null,
    };
  }

  /** Revoked by the organisation that issued it, or the programme office (admin). */
  async revoke(caller: Caller, certificateNumber: string, reason: string): Promise<{ certificateNumber: string; revokedAt: string; reason: string }> {
    const repo = this.ds.getRepository(CertificateRecord);
    const cert = await repo.findOneBy({ certificateNumber });
    if (!cert) throw new NotFoundException(`certificateNumber: no certificate '${certificateNumber}'`);
    if (caller.role !== 'admin' && cert.issuerId !== caller.organisationId) {
      throw new ForbiddenException(`certificate '${certificateNumber}' was issued by another organisation`);
    }
    if (!cert.revokedAt) {
      cert.revokedAt = new Date().toISOString();
      cert.revokedReason = reason;
      await repo.update({ certificateNumber }, { revokedAt: cert.revokedAt, revokedReason: reason });
    }
    return { certificateNumber, revokedAt: cert.revokedAt, reason: cert.revokedReason ?? reason };
  }

  /** The printable summary: the holder's name and the verification facts, for the issuer, the employer and readers. */
  async summary(caller: Caller, certificateNumber: string): Promise<{ name: string; verification: Verification }> {
    const cert = await this.ds.getRepository(CertificateRecord).findOneBy({ certificateNumber });
    if (!cert) throw new NotFoundException(`certificateNumber: no certificate '${certificateNumber}'`);
    const journey = await this.ds.getRepository(JourneyProjection).findOne({ where: { journeyId: cert.journeyId }, select: { employerId: true } });
    const mayRead = readsAll(caller.role) || caller.organisationId === cert.issuerId || caller.organisationId === journey?.employerId;
    if (!mayRead) throw new NotFoundException(`certificateNumber: no certificate '${certificateNumber}'`);
    const person = await this.ds.getRepository(PersonRecord).findOne({ where: { personKey: cert.personKey }, select: { name: true } });
    const name = person?.name ?? '';
    return { name, verification: await this.verify(certificateNumber, name) };
  }
}
