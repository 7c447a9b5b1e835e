import { badUserInput } from '../errors/error-codes.js';
import { isId } from '../ids/id.js';
import { issueStatement, readStatement, type StatementKind } from './signed-statement.js';

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
}

/** A certificate is read right after it is fetched; an hour leaves room for filling in a form. */
export const MATTER_CERTIFICATE_LIFETIME_MS = 3600 * 1000;
const MATTER_CERTIFICATE: StatementKind = { purpose: 'matter-certificate/v1', lifetimeMs: MATTER_CERTIFICATE_LIFETIME_MS };

export function issueMatterCertificate(matter: CertifiedMatter, secret: string, now = Date.now()): string {
  return issueStatement(MATTER_CERTIFICATE, matter, secret, now);
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
export function readMatterCertificate(certificate: string, step: MatterStep, secret: string, now = Date.now()): CertifiedMatter {
  const matter = readStatement(MATTER_CERTIFICATE, certificate, secret, now);
  if (!matter) refused();
  const ids = [matter.matterId, matter.districtId, matter.streetId, matter.communityId, matter.neighborhoodId];
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
  };
}
