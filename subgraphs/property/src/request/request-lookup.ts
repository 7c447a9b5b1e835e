import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PropertyContext } from '../property.loaders.js';
import type { ServiceRequest } from './service-request.entity.js';
import { canReadRequest } from './request.access.js';

/** Loads a request the caller may read; one outside their scope is reported exactly like a missing one. */
export async function loadVisibleRequest(ctx: PropertyContext, id: string): Promise<ServiceRequest> {
  const request = await ctx.loaders.request.load(requireId(id));
  if (!request || !canReadRequest(await ctx.loaders.scope(), request)) throw notFound('ServiceRequest', id);
  return request;
}
