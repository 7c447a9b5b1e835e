import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { PropertyContext } from '../property.loaders.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { activeOn } from '../contract/active-contract.filter.js';

/** The contract serving a neighborhood today, or a BAD_USER_INPUT naming the field. */
export async function servingContract(ctx: PropertyContext, neighborhoodId: string): Promise<ServiceContract> {
  const [contract] = await ctx.em.find(ServiceContract, { $and: [{ neighborhoodId }, activeOn(ctx.loaders.day)] });
  if (!contract) {
    throw badUserInput('No property company serves this neighborhood today: check the neighborhood, or ask the community to handle it.', { field: 'neighborhoodId' });
  }
  return contract;
}
