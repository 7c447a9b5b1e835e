import type DataLoader from 'dataloader';
import { forbidden, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { OwnersContext } from '../owners.loaders.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import type { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { inScope } from './owners-scope.js';

/**
 * Loads a committee working record (committee, assembly, motion) for a root field or reference. Anything outside
 * the caller's scope — and working records for callers who read published resolutions only — is reported exactly
 * like a missing record.
 */
export async function loadVisibleRecord<T extends PlacePath<'neighborhood'>>(
  ctx: OwnersContext,
  loader: DataLoader<string, T | null>,
  typeName: string,
  id: string,
  options: { publicRecord?: boolean } = {},
): Promise<T> {
  const record = await loader.load(requireId(id));
  const scope = await ctx.loaders.scope();
  if (!record || !inScope(scope, record) || (scope.publishedOnly && !options.publicRecord)) throw notFound(typeName, id);
  return record;
}

/** The committee the caller acts for, which must govern `neighborhoodId` (when given): the only writer there. */
export async function requireOwnCommittee(ctx: OwnersContext, neighborhoodId?: string): Promise<OwnersCommittee> {
  const committee = await ctx.loaders.ownCommittee();
  if (!committee) throw forbidden("Only an owners' committee in office, acting for its own neighborhood, may record this.");
  if (neighborhoodId !== undefined && committee.neighborhoodId !== neighborhoodId) {
    throw forbidden("An owners' committee records only for its own neighborhood.");
  }
  return committee;
}
