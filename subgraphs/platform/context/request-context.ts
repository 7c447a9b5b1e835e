import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import type { Logger } from '../logging/logger.js';
import type { CertifiedPlace } from '../access/place-certificate.js';

/**
 * What every resolver receives, built once per request: the verified caller, an EntityManager forked for this
 * request alone (its identity map dies with the request), and the subgraph's per-request loaders.
 */
export interface RequestContext<Loaders = unknown> {
  requestId: string;
  caller: Caller;
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
  /** Reads a place certificate the registry issued (see platform/access/place-certificate.ts). */
  readPlaceCertificate(certificate: string): CertifiedPlace;
}

export type LoaderFactory<Loaders> = (em: EntityManager, caller: Caller, requestId: string) => Loaders;
