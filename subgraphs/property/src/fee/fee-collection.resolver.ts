import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { IsInt, IsUUID, Max, Min, Matches } from 'class-validator';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import type { PropertyContext } from '../property.loaders.js';
import { requireActingCompany } from '../access/area-management.js';
import { loadActiveContract } from '../contract/contract-lookup.js';
import { contractEnd } from '../contract/contract-period.js';
import { FeeCollection, toCents } from './fee-collection.entity.js';

const MONEY = Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'amounts are yuan with at most 2 decimals' });

@InputType({ description: "A year's property fees under a contract (物业费收缴), replacing any earlier figures for that year." })
class RecordFeeCollectionInput {
  @Field(() => ID, { description: 'Your active contract.' })
  @IsUUID('all', { message: 'contractId must be an id' })
  contractId!: string;

  @Field(() => Int, { description: 'The year.' })
  @IsInt()
  @Min(2000, { message: 'year must be 2000 to 2100' })
  @Max(2100, { message: 'year must be 2000 to 2100' })
  year!: number;

  @Field(() => DecimalScalar, { description: 'Billed, yuan (应收).' })
  @MONEY
  billed!: string;

  @Field(() => DecimalScalar, { description: 'Collected, yuan (实收); at most billed.' })
  @MONEY
  collected!: string;
}

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
