import { Controller, Get, Header, Inject, Logger, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { loadSigningKey, SigningKeyError, type SigningKey } from '@heze/audit';
import type { AppConfig } from '@heze/config';
import { Public } from '../auth/party.decorator';
import { APP_CONFIG } from '../infrastructure/tokens';

const SigningKeySchema = z.object({
  algorithm: z.literal('Ed25519'),
  keyId: z.string().describe('first 16 hex digits of SHA-256 over the public key (SPKI DER); a bundle names the key that signed it by this id'),
  publicKeyPem: z.string().describe('the public key, SPKI PEM: give it (or this whole answer saved to a file) to `npm run audit -- verify --public-key`'),
});
export class SigningKeyDto extends createZodDto(SigningKeySchema) {}

/**
 * The public half of the installation's audit signing key (issue 17, docs/audit-bundles.md). No API key
 * needed: whoever is handed a bundle (a court, an outside auditor) must be able to check it without an
 * account here, and a public key tells nothing; its worth is in being the same key everywhere it is read.
 */
@Public()
@ApiTags('audit')
@Controller('audit')
export class AuditKeyController {
  private key: SigningKey | null = null;
  private readonly logger = new Logger('AuditKey');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('signing-key')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({ summary: 'Public key that signs audit bundles (Ed25519, PEM) and its key id, to verify a bundle offline; no API key needed' })
  @ApiOkResponse({ type: SigningKeyDto })
  @ApiServiceUnavailableResponse({ description: 'No signing key is configured (AUDIT_SIGNING_KEY_FILE) or it cannot be read' })
  signingKey(): SigningKeyDto {
    try {
      // Embedded mode: the first use creates the key (mode 0600) under the data dir.
      this.key ??= loadSigningKey(this.config.audit);
    } catch (err) {
      if (err instanceof SigningKeyError) {
        // The why (a file path) is for the operator's log, not for an unauthenticated caller.
        this.logger.warn(err.message);
        throw new ServiceUnavailableException('no audit signing key is available on this installation; the API log says why');
      }
      throw err;
    }
    return { algorithm: 'Ed25519', keyId: this.key.keyId, publicKeyPem: this.key.publicKeyPem };
  }
}
