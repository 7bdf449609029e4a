import { Global, Module } from '@nestjs/common';
import { PartyLookup } from './party-lookup';

/** Who may act: the lookup the party interceptor (and any handler) reads a resource's parties with. */
@Global()
@Module({ providers: [PartyLookup], exports: [PartyLookup] })
export class AuthModule {}
