import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Min, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { PropertyCompanyStatus } from './company-status.js';
import { creditCodeProblem } from './credit-code.js';

@ValidatorConstraint({ name: 'isCreditCode' })
class IsCreditCode implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && creditCodeProblem(value) === null;
  }

  defaultMessage(): string {
    return 'creditCode must be an 18-character unified social credit code (统一社会信用代码) with a correct check character';
  }
}

@InputType({ description: 'A property company to register (物业企业登记).' })
export class CreatePropertyCompanyInput {
  @Field(() => String, { description: 'Registered name.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name!: string;

  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码), 18 characters with its check character.' })
  @Validate(IsCreditCode)
  creditCode!: string;

  @Field(() => ID, { nullable: true, description: 'Its own party organisation in the party subgraph (红色物业), if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'partyOrganizationId must be an id' })
  partyOrganizationId?: string;
}

@InputType({ description: "A change of a company's standing or party organisation." })
export class UpdatePropertyCompanyInput {
  @Field(() => ID, { description: 'The company.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; if someone changed the company since, the change is refused with CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;

  @Field(() => PropertyCompanyStatus, { nullable: true, description: 'New standing.' })
  @IsOptional()
  @IsEnum(PropertyCompanyStatus)
  status?: PropertyCompanyStatus;

  @Field(() => ID, { nullable: true, description: 'Its party organisation, once formed (红色物业).' })
  @IsOptional()
  @IsUUID('all', { message: 'partyOrganizationId must be an id' })
  partyOrganizationId?: string;
}
