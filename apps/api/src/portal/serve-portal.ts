import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** `npm run build` writes the portal here (apps/portal/vite.config.ts): dist/portal beside dist/apps. */
export const PORTAL_DIR = path.resolve(__dirname, '../../../../portal');

/** Routes the document leaves out that are still the API's (Swagger UI and its JSON, Prometheus). */
const UNDOCUMENTED_SEGMENTS = ['docs', 'docs-json', 'metrics'];

/** The first path segments of the API: a request under one of them is the API's, never the portal's. */
export function apiSegments(document: OpenAPIObject): Set<string> {
  const fromDocument = Object.keys(document.paths).map((p) => p.split('/')[1]);
  return new Set([...fromDocument, ...UNDOCUMENTED_SEGMENTS].filter(Boolean));
}

/**
 * Security headers on every answer (helmet). The content security policy allows scripts from this
 * origin only (the portal's bundle and Swagger UI's files; no inline script). Styles may be inline:
 * Ant Design writes its CSS-in-JS into <style> elements and Swagger UI and the /verify page carry a
 * <style> block. No upgrade-insecure-requests: the API is also served over plain HTTP on loopback.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    // HSTS only means something over TLS, where the proxy in front sets it.
    strictTransportSecurity: false,
  });
}

/**
 * The portal's static files at `/`, and its index.html for any other GET a browser asks as a page whose
 * first segment is not the API's (client-side routes such as /portal/journeys/…; unknown paths show the
 * portal's 404 page). Registered before Nest's routes; static files are no API routes, so they appear
 * neither in the OpenAPI document nor in the role matrix.
 */
export function servePortal(app: NestExpressApplication, document: OpenAPIObject, log: (line: string) => void, dir = PORTAL_DIR): boolean {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    log(`no portal at ${dir} (npm run build makes it); the API runs without it`);
    return false;
  }
  const api = apiSegments(document);
  const isApi = (p: string) => api.has(p.split('/')[1] ?? '');
  app.useStaticAssets(dir, {
    index: false,
    // Hashed file names under assets/ never change; index.html is asked again each time.
    setHeaders: (res, file) => res.setHeader('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
