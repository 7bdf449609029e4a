import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { DataSource } from 'typeorm';
import { loadConfig, loadWorkingDayCalendar } from '@heze/config';
import { AppModule } from '../app.module';
import { writesPerMinuteOrExit } from '../rate-limit/rate-limit.config';
import { completeOpenApiDocument } from './complete-document';
import { assertNoTypeLists } from './or-null';

/** The OpenAPI document of the app, as served at /docs-json. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const doc = new DocumentBuilder()
    .setTitle('Heze labour-wage specialist certification')
    .setDescription('Journeys from training to certificate to skill-upgrade subsidy; one API key (a system) or one signed-in user (a person) = one role + one organisation.')
    .setVersion('0.1.0')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
    .addCookieAuth('heze_session', { type: 'apiKey', in: 'cookie', name: 'heze_session', description: 'a signed-in person (POST /auth/login); writes also need X-CSRF-Token' }, 'session')
    .build();
  const raw = SwaggerModule.createDocument(app, doc);
  assertNoTypeLists(raw);
  return completeOpenApiDocument(cleanupOpenApiDoc(raw), { bodyLimit: '64kb', writesPerMinute: writesPerMinuteOrExit() });
}

/**
 * The same document without a database or Temporal: Nest's preview mode reads the controllers'
 * metadata and instantiates nothing, so the stand-ins below are never called. The portal's typed client
 * is generated from it (apps/portal/scripts/generate-client.mjs; docs/portal.md).
 */
export async function offlineOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig(process.env);
  const calendar = loadWorkingDayCalendar(config.calendar);
  const unused = {} as DataSource & Client;
  const app = await NestFactory.create(AppModule.with(config, unused, unused, calendar), { preview: true, logger: false, abortOnError: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close().catch(() => undefined);
  }
}

if (require.main === module) {
  offlineOpenApiDocument().then(
    (doc) => process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`),
    (err) => {
      process.stderr.write(`cannot build the OpenAPI document: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
