import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import type { Logger } from '../logging/logger.js';
import type { CertifiedPlace } from '../access/place-certificate.js';
import type { CertifiedMatter, MatterStep } from '../access/matter-certificate.js';
import type { StatementKeys } from '../access/signed-statement.js';

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
  /** This subgraph's signing key and the public keys it verifies others' statements with (attested facts). */
  statementKeys: StatementKeys;
  /** Reads a place certificate the registry issued (see platform/access/place-certificate.ts). */
  readPlaceCertificate(certificate: string): CertifiedPlace;
  /** Issues a place certificate; only the registry, which holds the key, calls it. */
  issuePlaceCertificate(place: CertifiedPlace): string;
  /** Reads a governance-matter certificate the party subgraph issued for `step` (see platform/access/matter-certificate.ts). */
  readMatterCertificate(certificate: string, step: MatterStep): CertifiedMatter;
  /** Issues a governance-matter certificate; only the party subgraph, which derives the matter's stage, calls it. */
  issueMatterCertificate(matter: Omit<CertifiedMatter, 'certificateId'>): string;
}

export type LoaderFactory<Loaders> = (em: EntityManager, caller: Caller, requestId: string) => Loaders;
