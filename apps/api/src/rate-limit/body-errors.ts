import type { NextFunction, Request, Response } from 'express';

/**
 * Errors of the body parser (they happen before Nest's routing, so the exception filter never sees
 * them): oversized body → 413, malformed JSON → 400, both as JSON and never with a stack trace.
 */
export function bodyParserErrors(limit: string) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!err || typeof err !== 'object' || res.headersSent) return next(err);
    const e = err as { type?: string; status?: number; statusCode?: number };
    const status = e.status ?? e.statusCode ?? 500;
    if (e.type === 'entity.too.large' || status === 413) {
      return void res.status(413).json({ statusCode: 413, error: 'Payload Too Large', message: `request body larger than ${limit}` });
    }
    if (e.type === 'entity.parse.failed') {
      return void res.status(400).json({ statusCode: 400, error: 'Bad Request', field: 'body', message: 'body: not valid JSON' });
    }
    if (status >= 400 && status < 500) {
      return void res.status(status).json({ statusCode: status, error: 'Bad Request', message: `body: could not be read (${e.type ?? 'invalid'})` });
    }
    return void res.status(500).json({ statusCode: 500, error: 'Internal Server Error', message: 'unexpected error reading the request' });
  };
}
