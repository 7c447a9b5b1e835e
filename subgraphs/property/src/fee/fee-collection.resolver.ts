import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { PropertyContext } from '../property.loaders.js';
import { requireActingCompany } from '../access/area-management.js';
import { loadActiveContract } from '../contract/contract-lookup.js';
import { contractEnd } from '../contract/contract-period.js';
import { FeeCollection, toCents } from './fee-collection.entity.js';
import { RecordFeeCollectionInput } from './fee-collection.input.js';

@Resolver(() => FeeCollection)
export class FeeCollectionResolver {
  @Mutation(() => FeeCollection, { description: "Records a year's billed and collected fees. The company itself, on its own active contracts." })
  async recordFeeCollection(
    @Arg('input', () => RecordFeeCollectionInput, { description: 'What to record.' }) input: RecordFeeCollectionInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<FeeCollection> {
    requireActingCompany(ctx.caller, 'record its fee collection');
    const contract = await loadActiveContract(ctx, input.contractId, 'contractId');
    if (toCents(input.collected) > toCents(input.billed)) throw badUserInput('collected cannot exceed billed.', { field: 'collected' });
    const end = contractEnd(contract);
    if (input.year < Number(contract.startsOn.slice(0, 4)) || (end !== null && `${input.year}-01-01` >= end)) {
      throw badUserInput(`The contract was not in force in ${input.year}.`, { field: 'year' });
    }
    const existing = await ctx.em.findOne(FeeCollection, { contractId: contract.id, year: input.year });
    const record =
      existing ??
      ctx.em.create(FeeCollection, {
        contractId: contract.id,
        companyId: contract.companyId,
        year: input.year,
        billed: input.billed,
        collected: input.collected,
        neighborhoodId: contract.neighborhoodId,
        communityId: contract.communityId,
        streetId: contract.streetId,
        districtId: contract.districtId,
      });
    record.billed = input.billed;
    record.collected = input.collected;
    await ctx.em.flush();
    return record;
  }
}
