import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { CertificateRecord, JourneyProjection } from '@heze/persistence';

export interface CertificateClaim {
  certificateNumber: string;
  personKey: string;
  journeyId: string;
  issuerId: string;
  issuedOn: string;
}

const isUniqueViolation = (err: unknown) => err instanceof QueryFailedError && /unique|duplicate key/i.test(err.message);

/**
 * A certificate number belongs to one person and one issuer (issue 13.9): it is reserved for the
 * journey before the `issueCertificate` Update is sent, and a second use for anyone else is a 409
 * that changes nothing for the first holder (whose subsidy.certificate-once stays theirs).
 */
@Injectable()
export class CertificateRegistry {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Reserves the number for this journey; true when this call made the reservation (undo it if the Update fails). */
  async reserve(c: CertificateClaim): Promise<boolean> {
    const repo = this.ds.getRepository(CertificateRecord);
    const mine = (r: CertificateRecord | null) => r !== null && r.journeyId === c.journeyId && r.issuerId === c.issuerId && r.personKey === c.personKey;
    const existing = await repo.findOneBy({ certificateNumber: c.certificateNumber });
    if (existing) {
      if (mine(existing)) return false; // a retry of the same certificate
      throw this.taken();
    }
    // A reservation this journey left behind when its Update was refused or the API stopped midway,
    // with another number, is stale while the journey records no certificate.
    const journey = await this.ds.getRepository(JourneyProjection).findOneBy({ journeyId: c.journeyId });
    if (!journey || journey.state !== 'certified') await repo.delete({ journeyId: c.journeyId });
    try {
      await repo.insert({ ...c, recordedAt: new Date().toISOString() });
      return true;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      if (mine(await repo.findOneBy({ certificateNumber: c.certificateNumber }))) return false;
      throw this.taken();
    }
  }

  async release(c: CertificateClaim): Promise<void> {
    await this.ds.getRepository(CertificateRecord).delete({ certificateNumber: c.certificateNumber, journeyId: c.journeyId });
  }

  private taken() {
    // Says no more than needed: not whose certificate it is.
    return new ConflictException({ message: 'certificateNumber: this certificate number is already recorded for another certificate holder', field: 'certificateNumber' });
  }
}
