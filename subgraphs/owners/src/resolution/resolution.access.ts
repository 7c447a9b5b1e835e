import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { OwnersContext } from '../owners.loaders.js';
import { inScope } from '../access/owners-scope.js';
import type { Resolution } from './resolution.entity.js';

/** A resolution the caller may read: in scope and, for published-only readers, published. */
export async function loadVisibleResolution(ctx: OwnersContext, id: string): Promise<Resolution> {
  const resolution = await ctx.loaders.resolution.load(requireId(id));
  const scope = await ctx.loaders.scope();
  if (!resolution || !inScope(scope, resolution)) throw notFound('Resolution', id);
  if (scope.publishedOnly && (await ctx.loaders.publicationOfResolution.load(resolution.id)).length === 0) throw notFound('Resolution', id);
  return resolution;
}
