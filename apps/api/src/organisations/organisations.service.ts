import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateKeyInput, CreateOrganisationInput } from './organisations.schema';
import { AdminError, createKey, createOrganisation, listKeys, listOrganisations, revokeKey, setSuspended } from './organisations.ops';

/** An AdminError as the HTTP answer of its kind. */
async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AdminError) {
      if (err.kind === 'not-found') throw new NotFoundException(err.message);
      if (err.kind === 'conflict') throw new ConflictException(err.message);
      if (err.kind === 'unprocessable') throw new UnprocessableEntityException({ message: err.message, field: err.field });
      throw new BadRequestException(err.message);
    }
    throw err;
  }
}

/** Organisations and their API keys: the same operations as `npm run admin` (organisations.ops.ts). */
@Injectable()
export class OrganisationsService {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  create(input: CreateOrganisationInput) {
    return run(() => createOrganisation(this.ds, input));
  }

  list() {
    return listOrganisations(this.ds);
  }

  setSuspended(organisationId: string, suspended: boolean) {
    return run(() => setSuspended(this.ds, organisationId, suspended));
  }

  issueKey(organisationId: string, input: CreateKeyInput) {
    return run(() => createKey(this.ds, organisationId, input));
  }

  keys(organisationId?: string) {
    return listKeys(this.ds, organisationId);
  }

  revoke(keyId: string) {
    return run(() => revokeKey(this.ds, keyId));
  }
}
