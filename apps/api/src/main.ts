import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { loadConfigOrExit, loadWorkingDayCalendarOrExit, withBackoff, type AppConfig } from '@heze/config';
import { openDatabase } from '@heze/persistence';
import { connectClient } from '@heze/temporal/node';
import { AppModule } from './app.module';
import { HttpErrorFilter } from './errors/http-error.filter';
import { buildOpenApiDocument } from './openapi/document';
import { securityHeaders, servePortal } from './portal/serve-portal';
import { bodyParserErrors } from './rate-limit/body-errors';
import { writesPerMinuteOrExit } from './rate-limit/rate-limit.config';

const log = (line: string) => process.stderr.write(`[api] ${line}\n`);

export async function createApp(config: AppConfig) {
  writesPerMinuteOrExit(); // a bad RATE_LIMIT_WRITES_PER_MINUTE stops the start before any connection
  const calendar = loadWorkingDayCalendarOrExit(config.calendar, log); // so does a bad calendar file
  const ds = await withBackoff(`database (${config.database.type})`, () => openDatabase(config.database, { migrate: process.env.DB_MIGRATE !== 'false' }), { log });
  const client = await connectClient(config.temporal, log);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.with(config, ds, client, calendar), { logger: ['error', 'warn'], bodyParser: false });
  // Behind a reverse proxy (TRUST_PROXY): req.ip is the client's and req.secure follows X-Forwarded-Proto (the session cookie's Secure flag).
  if (config.accounts.trustProxy !== false) app.set('trust proxy', config.accounts.trustProxy);
  app.use(securityHeaders()); // helmet: CSP without inline scripts, nosniff, frame-ancestors 'none', …
  app.useBodyParser('json', { limit: '64kb' });
  app.use(bodyParserErrors('64kb')); // 413 / 400 as JSON for bodies the parser refuses
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();
  // Built at start, so that a schema the document cannot express stops the start, not a later request.
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  servePortal(app, document, log); // the portal at / (apps/portal), outside the API's routes
  return app;
}

async function main() {
  const config = loadConfigOrExit();
  const app = await createApp(config);
  try {
    await app.listen(config.api.port, config.api.host);
    // Idle keep-alive connections outlive the client's and a proxy's idle timeout (Node's 5 s is shorter
    // than most): otherwise a request sent on a socket the server is closing at that moment fails.
    const server = app.getHttpServer() as import('node:http').Server;
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    log(code === 'EADDRINUSE' ? `port ${config.api.port} is in use: stop the other process or set API_PORT` : `cannot listen: ${(err as Error).message}`);
    process.exit(1);
  }
  log(`listening on http://${config.api.host}:${config.api.port} (OpenAPI at /docs)`);
}

if (require.main === module) {
  main().catch((err) => {
    log(err instanceof Error ? err.message.split('\n')[0] : String(err));
    process.exit(1);
  });
}
