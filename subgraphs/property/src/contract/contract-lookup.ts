import { isActiveOn } from './contract-period.js';
import { conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { isInScope } from '../access/property-scope.js';
import type { PropertyContext } from '../property.loaders.js';
import type { ServiceContract } from './service-contract.entity.js';

/** Loads a contract the caller may read; one outside their scope is reported exactly like a missing one. */
export async function loadVisibleContract(ctx: PropertyContext, id: string, field = 'id'): Promise<ServiceContract> {
  const contract = await ctx.loaders.contract.load(requireId(id, field));
  if (!contract || !isInScope(await ctx.loaders.scope(), contract.path(), contract.companyId)) throw notFound('ServiceContract', id);
  return contract;
}

/** A contract the calling company may act on: visible to it and in force today. */
export async function loadActiveContract(ctx: PropertyContext, id: string, field = 'id'): Promise<ServiceContract> {
  const contract = await loadVisibleContract(ctx, id, field);
  if (!isActiveOn(contract, ctx.loaders.day)) {
    throw conflict('This contract is not in force today: act on the neighborhood\'s current contract.', { field });
  }
  return contract;
}
