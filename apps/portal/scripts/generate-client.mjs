// Writes src/api/schema.d.ts from the document the API builds, offline (Nest's preview mode: no database,
// no Temporal, nothing started). Run after `tsc` by `npm run portal:client`.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE, schemaSource } from './client-source.mjs';

const printer = fileURLToPath(new URL('../../../dist/apps/api/src/openapi/document.js', import.meta.url));
const document = JSON.parse(execFileSync(process.execPath, [printer], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] }));
writeFileSync(SCHEMA_FILE, await schemaSource(document));
process.stdout.write(`wrote ${fileURLToPath(SCHEMA_FILE)} (${Object.keys(document.paths).length} paths)\n`);
