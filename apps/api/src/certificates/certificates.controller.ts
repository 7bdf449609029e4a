import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import * as QRCode from 'qrcode';
import type { AppConfig } from '@heze/config';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Party, Public } from '../auth/party.decorator';
import { APP_CONFIG } from '../infrastructure/tokens';
import { TooManyRequestsException } from '../rate-limit/rate-limit.interceptor';
import { RateLimiter } from '../rate-limit/token-bucket';
import { CertificateNumberSchema, RevokeCertificateDto, RevokedDto, VerificationDto, VerifyCertificateQueryDto, VerifyPageQueryDto } from './certificate.dto';
import { summaryPage, verifyPage } from './certificate-pages';
import { CertificateVerificationService } from './certificate-verification.service';

const HTML = { 'text/html': { schema: { type: 'string' as const } } };

/**
 * Anyone handed a 劳动关系协调师 certificate can check it (issue 17): no key, rate-limited per client
 * address, and the answer is never more than valid / revoked / not found, level, issue date, issuer
 * and the holder's masked ID.
 */
@ApiTags('certificates')
@Controller()
export class CertificatesController {
  private readonly limiter: RateLimiter | null;

  constructor(
    @Inject(CertificateVerificationService) private readonly certificates: CertificateVerificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const n = config.api.verificationsPerMinute;
    this.limiter = n > 0 ? new RateLimiter(n) : null;
  }

  private throttle(req: Request, res: Response) {
    const r = this.limiter?.take(`verify:${req.ip ?? 'unknown'}`, Date.now());
    if (r && !r.ok) {
      const seconds = Math.max(1, Math.ceil(r.retryAfterMs / 1000));
      res.setHeader('Retry-After', String(seconds));
      throw new TooManyRequestsException(`too many verifications from this address; retry after ${seconds} s`);
    }
  }

  @Get('certificates/verify')
  @Public()
  @ApiOperation({ summary: 'Verify a certificate by its number and holder name (no key; rate-limited per address)' })
  @ApiOkResponse({ type: VerificationDto })
  @ApiTooManyRequestsResponse({ description: 'Too many verifications from this address; Retry-After says when to try again' })
  async verify(@Query() q: VerifyCertificateQueryDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    this.throttle(req, res);
    return this.certificates.verify(q.number, q.name);
  }

  @Get('verify')
  @Public()
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'The public verification page (HTML form; the QR code on a certificate summary links here)' })
  @ApiOkResponse({ description: 'An HTML page', content: HTML })
  @ApiTooManyRequestsResponse({ description: 'Too many verifications from this address' })
  async page(@Query() q: VerifyPageQueryDto, @Req() req: Request, @Res() res: Response) {
    let verification = null;
    if (q.number && q.name) {
      this.throttle(req, res);
      verification = await this.certificates.verify(q.number, q.name);
    }
    res.type('html').send(verifyPage(q, verification));
  }

  @Get('certificates/:certificateNumber/summary')
  @Party(['evaluation-organisation', 'employer', 'auditor', 'labour-inspection', 'admin'], 'any')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'A printable certificate summary with a QR code to the verification page (the issuer, the employer, readers)' })
  @ApiOkResponse({ description: 'An HTML page', content: HTML })
  @ApiNotFoundResponse({ description: 'No such certificate visible to the caller' })
  async summary(@CurrentCaller() caller: Caller, @Param('certificateNumber') number: string, @Res() res: Response) {
    const certificateNumber = certificateNumberParam(number);
    const { name, verification } = await this.certificates.summary(caller, certificateNumber);
    const url = `${this.config.api.publicBaseUrl}/verify?number=${encodeURIComponent(certificateNumber)}`;
    const qr = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, width: 160 });
    res.type('html').send(summaryPage(name, verification, url, qr));
  }

  @Post('certificates/:certificateNumber/revocation')
  @HttpCode(200)
  @Party(['evaluation-organisation', 'admin'], 'any')
  @ApiOperation({ summary: 'Revoke a certificate (the issuing evaluation organisation, or the programme office); verification then says so' })
  @ApiOkResponse({ type: RevokedDto })
  @ApiNotFoundResponse({ description: 'No such certificate' })
  revoke(@CurrentCaller() caller: Caller, @Param('certificateNumber') number: string, @Body() body: RevokeCertificateDto) {
    return this.certificates.revoke(caller, certificateNumberParam(number), body.reason);
  }
}

/** The path's certificate number, checked like the number a certificate is issued with: a 400 naming it, never a 500. */
function certificateNumberParam(number: string): string {
  const parsed = CertificateNumberSchema.safeParse(number);
  if (!parsed.success) {
    throw new BadRequestException({ message: `certificateNumber: ${parsed.error.issues[0]?.message ?? 'not a certificate number'}`, field: 'certificateNumber' });
  }
  return parsed.data;
}
