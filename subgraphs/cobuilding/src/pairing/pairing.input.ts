import { Field, ID, InputType } from 'type-graphql';
import { IsUUID, Length, ValidateNested } from 'class-validator';
import { PlacePathInput } from '../place/place-path.input.js';
import { IS_DATE } from '../../../platform/calendar/calendar-day.js';

@InputType({ description: 'A new pairing (联建对子 / 包保) of a unit with a community or one of its neighborhoods.' })
export class CreatePairingInput {
  @Field(() => ID, { description: 'The joint-building unit.' })
  @IsUUID('all', { message: 'unitId must be an id' })
  unitId!: string;

  @Field(() => PlacePathInput, { description: 'The community (and neighborhood, if the pairing is for one) it is paired with.' })
  @ValidateNested()
  place!: PlacePathInput;

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  @IS_DATE('startsOn')
  startsOn!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD; not before the first.' })
  @IS_DATE('endsOn')
  endsOn!: string;

  @Field(() => String, { description: 'What the parties agree to do (共建协议), 1–2000 characters.' })
  @Length(1, 2000, { message: 'agreement must be 1 to 2000 characters long' })
  agreement!: string;
}
