import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType({ description: "Records a neighborhood's electorate from the registry's signed roster (登记业主名册)." })
export class RecordOwnersElectorateInput {
  @Field(() => ID, { description: 'The neighborhood (小区) the roster is of.' })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => String, { description: "The registry's signed roster (名册签名件), `neighborhood { signedOwnersRoster }` read within ten minutes, unchanged." })
  @IsString({ message: 'signedRoster must be a string' })
  @MaxLength(400_000, { message: 'signedRoster is longer than any signed roster' })
  signedRoster!: string;

  @Field(() => String, { nullable: true, description: 'A key of your choice (8–100 letters, digits, - or _): a retry with it returns the first answer (幂等键).' })
  @IsOptional()
  idempotencyKey?: string;
}
