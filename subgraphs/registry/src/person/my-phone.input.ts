import { Field, InputType, Int } from 'type-graphql';
import { IsInt, Matches, Min } from 'class-validator';
import { PHONE, PHONE_MESSAGE } from './phone.js';

@InputType('CorrectMyPhoneInput', { description: 'Your own phone number, corrected by you (本人更正联系电话).' })
export class CorrectMyPhoneInput {
  @Field(() => String, { description: 'The correct number: a mainland mobile (11 digits starting with 1) or a landline such as 027-85551234.' })
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone!: string;

  @Field(() => Int, { description: 'The version of your record you last read (me { version }); if it changed since, the correction is refused with CONFLICT.' })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;
}
