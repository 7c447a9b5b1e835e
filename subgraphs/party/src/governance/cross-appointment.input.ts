import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CrossAppointmentKind } from './cross-appointment-kinds.js';
import { OrganizationRefInput } from './organization-ref.input.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A cross-appointment (交叉任职) to record.' })
export class AppointCrossPostInput {
  @Field(() => String, { description: "The registry's placeCertificate of the community or neighborhood where it applies (community { placeCertificate })." })
  @MaxLength(2000, { message: 'placeCertificate is not one the registry issued' })
  placeCertificate!: string;

  @Field(() => ID, { description: 'The person appointed (registry Person id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => CrossAppointmentKind, { description: 'Kind; it fixes which kinds of organisation home and host are.' })
  @IsEnum(CrossAppointmentKind)
  kind!: CrossAppointmentKind;

  @Field(() => OrganizationRefInput, { description: "The organisation of the person's own post (本职单位)." })
  @ValidateNested()
  home!: OrganizationRefInput;

  @Field(() => OrganizationRefInput, { description: 'The organisation they are appointed into (兼职单位).' })
  @ValidateNested()
  host!: OrganizationRefInput;

  @Field(() => String, { description: 'First day of the term, YYYY-MM-DD.' })
  @Matches(DATE, { message: 'termStart must be a date written YYYY-MM-DD' })
  termStart!: string;

  @Field(() => String, { description: 'Last day of the term, YYYY-MM-DD; after termStart and at most 5 years later.' })
  @Matches(DATE, { message: 'termEnd must be a date written YYYY-MM-DD' })
  termEnd!: string;
}

@InputType({ description: 'Ending a cross-appointment before its term (提前离任).' })
export class EndCrossAppointmentInput {
  @Field(() => ID, { description: 'The appointment.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Last day served, YYYY-MM-DD; default today. Within the term.' })
  @IsOptional()
  @Matches(DATE, { message: 'endedOn must be a date written YYYY-MM-DD' })
  endedOn?: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why (离任原因), 2–500 characters.' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;
}
