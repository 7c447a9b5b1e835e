import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Matches, Min } from 'class-validator';

/** What a company keeps itself; its name, credit code, standing and party organisation are the district's to change. */
@InputType({ description: "Changes to your company's own record (企业信息维护): contact details; null clears a field, an omitted one stays." })
export class UpdateOwnPropertyCompanyInput {
  @Field(() => Int, { description: 'The version you last read (版本); if someone changed the record since, the change is refused with CONFLICT.' })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be a version you read' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Service hotline (服务热线): digits, spaces, +, - and parentheses, 3 to 40 characters.' })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{3,40}$/, { message: 'hotline must be 3 to 40 digits, spaces, +, - or parentheses' })
  hotline?: string | null;

  @Field(() => String, { nullable: true, description: 'Office address (办公地址), 1 to 200 characters.' })
  @IsOptional()
  @Length(1, 200, { message: 'address must be 1 to 200 characters long' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Introduction (企业简介), 1 to 1000 characters.' })
  @IsOptional()
  @Length(1, 1000, { message: 'introduction must be 1 to 1000 characters long' })
  introduction?: string | null;
}
