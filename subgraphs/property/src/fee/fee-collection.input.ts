import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';

const MONEY = Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'amounts are yuan with at most 2 decimals' });

@InputType({ description: "A year's property fees under a contract (物业费收缴), replacing any earlier figures for that year." })
export class RecordFeeCollectionInput {
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
