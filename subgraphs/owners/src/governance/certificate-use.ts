import { conflict } from '../../../platform/errors/error-codes.js';
import type { CertifiedMatter } from '../../../platform/access/matter-certificate.js';
import type { OwnersContext } from '../owners.loaders.js';
import { ConsumedMatterCertificate } from './consumed-certificate.entity.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/**
 * No replay of a RESOLVE certificate (see the README, "No replay"): it links at most one motion, and only while the
 * matter has no motion open or adopted and as many motions as when party signed it (its attempt), so a certificate
 * read before an assembly cannot be used after it. A new attempt needs a certificate party signs afresh from the
 * matter's derived stage.
 */
export async function checkCertificateUnused(ctx: OwnersContext, matter: CertifiedMatter, index: number): Promise<void> {
  const field = `motions[${index}].matterCertificate`;
  if ((await ctx.em.count(ConsumedMatterCertificate, { certificateId: matter.certificateId })) > 0) {
    throw conflict(`${field} has linked a motion already; a certificate links one motion once. Read a new linkCertificate from the matter.`, { field });
  }
  const facts = await ctx.loaders.factsOfMatter.load(matter.matterId);
  if (facts.pending + facts.completed > 0) {
    throw conflict(`The governance matter of motions[${index}] already has a motion that is open or adopted; it is put to the owners once.`, { field });
  }
  if (facts.linked !== matter.attempt) {
    throw conflict(`${field} was signed before the matter's last motion was decided; read a new linkCertificate from the matter.`, { field });
  }
}

/** Records the certificates an agenda used, in the same flush as its motions. */
export function recordCertificateUse(ctx: OwnersContext, record: PlacePath<'neighborhood'> & { recordedBy: string }, uses: readonly { matter: CertifiedMatter; motionId: string }[]): void {
  for (const { matter, motionId } of uses) {
    ctx.em.create(ConsumedMatterCertificate, { ...record, certificateId: matter.certificateId, governanceMatterId: matter.matterId, attempt: matter.attempt, motionId });
  }
}

/** A certificate used by a concurrent request between the check and the flush: the unique constraints refuse it. */
export function isConcurrentUse(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '23505' && String(message).includes('consumed_matter_certificate');
}
