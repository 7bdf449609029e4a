import * as fs from 'node:fs';
import { Client, Connection, ConnectionOptions } from '@temporalio/client';
import type { TemporalConfig } from '@heze/config';
import { withBackoff } from '@heze/config';

export function connectionOptions(cfg: TemporalConfig): ConnectionOptions {
  const tls = cfg.tls
    ? {
        serverNameOverride: cfg.tls.serverName,
        serverRootCACertificate: cfg.tls.caFile ? fs.readFileSync(cfg.tls.caFile) : undefined,
        clientCertPair:
          cfg.tls.certFile && cfg.tls.keyFile
            ? { crt: fs.readFileSync(cfg.tls.certFile), key: fs.readFileSync(cfg.tls.keyFile) }
            : undefined,
      }
    : undefined;
  return { address: cfg.address, tls, apiKey: cfg.apiKey ?? undefined, connectTimeout: '5s' };
}

/** Connects to Temporal, retrying with backoff while the server is not up yet. */
export async function connectClient(cfg: TemporalConfig, log?: (line: string) => void): Promise<Client> {
  const connection = await withBackoff(`Temporal at ${cfg.address}`, () => Connection.connect(connectionOptions(cfg)), { log });
  return new Client({ connection, namespace: cfg.namespace });
}
