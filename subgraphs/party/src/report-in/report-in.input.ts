import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsUUID } from 'class-validator';

@InputType({ description: 'An in-service member reporting to the community where they live (双报到).' })
export class RecordPartyReportInInput {
  @Field(() => ID, { description: 'The member: in service, with a known residence neighborhood.' })
  @IsUUID('all', { message: 'memberId must be an id' })
  memberId!: string;

  @Field(() => [ID], { description: 'The 10–15 households paired with (registry Unit ids), in the community reported to.' })
  @ArrayMaxSize(50, { message: 'pairedUnitIds may list at most 50 ids' })
  @IsUUID('all', { each: true, message: 'pairedUnitIds must be ids' })
  pairedUnitIds!: string[];
}
