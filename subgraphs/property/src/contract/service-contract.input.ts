import { Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsOptional, IsUUID, Length, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { IsPositiveDecimal } from '../../../platform/scalars/positive-decimal.js';
import { isIsoDay } from './contract-period.js';

@ValidatorConstraint({ name: 'isIsoDay' })
export class IsIsoDay implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isIsoDay(value);
  }

  defaultMessage(args?: { property: string }): string {
    return `${args?.property} must be a calendar day written YYYY-MM-DD`;
  }
}

@InputType({ description: 'Which contracts to list; all conditions must hold.' })
export class ServiceContractFilter {
  @Field(() => ID, { nullable: true, description: 'Only contracts of this neighborhood.' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => ID, { nullable: true, description: 'Only contracts of this company.' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be an id' })
  companyId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only contracts in force today (true) or only ended and future ones (false).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType({ description: 'A service contract to register (物业服务合同备案). The place path must be the neighborhood\'s own.' })
export class CreateServiceContractInput {
  @Field(() => ID, { description: 'The serving company.' })
  @IsUUID('all', { message: 'companyId must be an id' })
  companyId!: string;

  @Field(() => String, {
    description: "The neighborhood served, as its `placeCertificate` from the registry (neighborhood { placeCertificate }): it proves the neighborhood's community, street and district.",
  })
  @Length(1, 1000, { message: 'placeCertificate must be the value read from neighborhood { placeCertificate }' })
  placeCertificate!: string;

  @Field(() => String, { description: 'First day of service, YYYY-MM-DD.' })
  @Validate(IsIsoDay)
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Agreed end (the first day no longer served), YYYY-MM-DD; omit for open-ended.' })
  @IsOptional()
  @Validate(IsIsoDay)
  endsOn?: string;

  @Field(() => DecimalScalar, { description: 'Monthly fee in yuan per m² (元/㎡·月), greater than 0 and at most 100.' })
  @IsPositiveDecimal(100)
  feeStandard!: string;
}

@InputType({ description: 'Ends a contract (物业离场); the contract and its history are kept.' })
export class EndServiceContractInput {
  @Field(() => ID, { description: 'The contract.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { description: 'The first day the company no longer serves, YYYY-MM-DD.' })
  @Validate(IsIsoDay)
  endedOn!: string;

  @Field(() => String, { description: 'Why it ends (e.g. 合同到期、业主大会决议解聘).' })
  @Length(1, 500, { message: 'reason must be 1 to 500 characters long' })
  reason!: string;
}
