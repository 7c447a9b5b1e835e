import { randomUUID } from 'node:crypto';
import { badUserInput } from '../errors/error-codes.js';
import { isId } from '../ids/id.js';
import { issueStatement, readStatement, type StatementKeys, type StatementKind } from './signed-statement.js';

/**
 * What the party subgraph vouches for about a governance matter (议事事项) when another subgraph links its own
 * record to it: which matter, where, and which next step of 三议一服务 the matter's derived stage allows.
 *
 * - `RESOLVE` (决议): the joint meeting agreed the matter and it needs the owners' decision; the owners' committee
 *   may put a motion for it to the owners' assembly.
 * - `SERVE` (服务): the matter was agreed and, where the owners had to decide, their assembly adopted it; the property
 *   company may open service requests for it and a joint-building unit may run a co-building project for it.
 *
 * A client reads `GovernanceMatter.linkCertificate` through the gateway (the party subgraph issues it only when the
 * stage allows a step, from facts the gateway brings with `@requires`) and passes it to the mutation that links the
 * record. Each receiving subgraph still checks its own access: the certificate says nothing about who may act.
 *
 * Only the party subgraph holds the key that signs them. Each certificate has its own id and names the attempt it is
 * for (the number of the owners' motions already linked to the matter when it was signed), so a RESOLVE certificate
 * links one motion once: the owners subgraph records the ids it consumed and refuses a certificate whose attempt is
 * no longer the matter's (see the owners subgraph's README, "No replay"). SERVE certificates may be used for several
 * requests and projects while they are valid: one matter is often served by several.
 */
export enum MatterStep {
  RESOLVE = 'RESOLVE',
  SERVE = 'SERVE',
}

export interface CertifiedMatter {
  matterId: string;
  step: MatterStep;
  districtId: string;
  streetId: string;
  communityId: string;
  neighborhoodId: string;
  /** The property company the matter concerns (hiring, dismissal, evaluation), for recusal; null otherwise. */
  concernedCompanyId: string | null;
  /** Unique per certificate, so a consumed one can be recognised. */
  certificateId: string;
  /** The owners' motions already linked to the matter when it was signed: the attempt this certificate is for. */
  attempt: number;
}

/** A certificate is read right after it is fetched; an hour leaves room for filling in a form. */
export const MATTER_CERTIFICATE_LIFETIME_MS = 3600 * 1000;
const MATTER_CERTIFICATE: StatementKind = { purpose: 'matter-certificate/v2', issuer: 'party', lifetimeMs: MATTER_CERTIFICATE_LIFETIME_MS };

/** Signs a certificate for `matter`, with a fresh certificate id. */
export function issueMatterCertificate(matter: Omit<CertifiedMatter, 'certificateId'>, keys: StatementKeys, now = Date.now()): string {
  return issueStatement(MATTER_CERTIFICATE, { ...matter, certificateId: randomUUID() }, keys, now);
}

function refused(): never {
  throw badUserInput(
    'matterCertificate is not one the party subgraph issued, or it is older than an hour: read it again from the matter (governanceMatter(id) { linkCertificate }).',
    { field: 'matterCertificate' },
  );
}

/**
 * The matter a certificate vouches for; BAD_USER_INPUT if it was altered, forged or has expired, or when it allows
 * another step than `step` (e.g. a certificate for the owners' decision used to open a service request).
 */
export function readMatterCertificate(certificate: string, step: MatterStep, keys: StatementKeys, now = Date.now()): CertifiedMatter {
  const matter = readStatement(MATTER_CERTIFICATE, certificate, keys, now);
  if (!matter) refused();
  if (!Number.isInteger(matter.attempt) || (matter.attempt as number) < 0) refused();
  const ids = [matter.matterId, matter.districtId, matter.streetId, matter.communityId, matter.neighborhoodId, matter.certificateId];
  const company = matter.concernedCompanyId ?? null;
  if (!ids.every((id) => typeof id === 'string' && isId(id)) || (company !== null && !(typeof company === 'string' && isId(company)))) refused();
  if (matter.step !== step) {
    throw badUserInput(
      matter.step === MatterStep.RESOLVE
        ? "This matter is waiting for the owners' assembly to decide it (决议); it cannot be served before the assembly adopts it."
        : "This matter does not need (or no longer awaits) the owners' decision; it cannot be put to the owners' assembly.",
      { field: 'matterCertificate', allowedStep: String(matter.step) },
    );
  }
  return {
    matterId: matter.matterId as string,
    step,
    districtId: matter.districtId as string,
    streetId: matter.streetId as string,
    communityId: matter.communityId as string,
    neighborhoodId: matter.neighborhoodId as string,
    concernedCompanyId: company as string | null,
    certificateId: matter.certificateId as string,
    attempt: matter.attempt as number,
  };
}
