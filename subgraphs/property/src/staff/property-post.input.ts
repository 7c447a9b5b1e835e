import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsUUID, Validate } from 'class-validator';
import { IsIsoDay } from '../contract/service-contract.input.js';
import { PropertyPostKind } from './property-post-kind.js';

@InputType({ description: 'Appoints a person to a post on one of your active contracts (项目人员任职).' })
export class AppointPropertyPostInput {
  @Field(() => ID, { description: 'Your active contract.' })
  @IsUUID('all', { message: 'contractId must be an id' })
  contractId!: string;

  @Field(() => ID, { description: 'The person (registry id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => PropertyPostKind, { description: 'The post.' })
  @IsEnum(PropertyPostKind)
  kind!: PropertyPostKind;

  @Field(() => String, { description: 'First day of the term, YYYY-MM-DD.' })
  @Validate(IsIsoDay)
  startsOn!: string;
}

@InputType({ description: 'Ends a term (离任).' })
export class EndPropertyPostInput {
  @Field(() => ID, { description: 'The post.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { description: 'The first day no longer serving, YYYY-MM-DD.' })
  @Validate(IsIsoDay)
  endsOn!: string;
}
