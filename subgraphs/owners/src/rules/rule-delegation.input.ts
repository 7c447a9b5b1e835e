import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';

@InputType({ description: 'Delegates local voting rules to a street of your district (授权街道制定表决规则).' })
export class DelegateOwnersVotingRulesInput {
  @Field(() => ID, { description: 'The street (街道).' })
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId!: string;

  @Field(() => String, {
    description: "The registry's placeCertificate of a community of that street (`community(id) { placeCertificate }`), which proves the street lies in your district (所在位置证明).",
  })
  @IsString({ message: 'placeCertificate must be a string' })
  placeCertificate!: string;

  @Field(() => String, { nullable: true, description: 'Why, e.g. the decision the delegation rests on, 2–500 characters (授权依据).' })
  @IsOptional()
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason?: string;

  @Field(() => String, { nullable: true, description: 'A key of your choice (8–100 letters, digits, - or _): a retry with it returns the first answer (幂等键).' })
  @IsOptional()
  idempotencyKey?: string;
}

@InputType({ description: "Revokes a street's delegation of local voting rules (撤销授权): the row stays, with who, when and why." })
export class RevokeOwnersVotingRulesDelegationInput {
  @Field(() => ID, { description: 'The delegation (授权).' })
  @IsUUID('all', { message: 'delegationId must be an id' })
  delegationId!: string;

  @Field(() => Int, { description: 'The version you last read (版本); if it changed since, CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why, 2–500 characters (撤销理由).' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;
}
