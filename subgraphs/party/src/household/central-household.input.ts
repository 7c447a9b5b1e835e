import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';

/** How many households a central household serves (梁山县: 2,109 central households for 781 buildings). */
export const SERVED_HOUSEHOLDS = { min: 1, max: 20 } as const;

@InputType({ description: "Designates a member's household as a central household (党员中心户挂牌)." })
export class DesignateCentralHouseholdInput {
  @Field(() => ID, { description: 'The member whose household it is.' })
  @IsUUID('all', { message: 'memberId must be an id' })
  memberId!: string;

  @Field(() => ID, { description: 'The building group or neighborhood branch it works under.' })
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId!: string;

  @Field(() => ID, { description: "The member's own household (registry Unit id), in the organisation's neighborhoods." })
  @IsUUID('all', { message: 'householdUnitId must be an id' })
  householdUnitId!: string;

  @Field(() => [ID], { description: `The households it serves (registry Unit ids), ${SERVED_HOUSEHOLDS.min}–${SERVED_HOUSEHOLDS.max}, in the same neighborhood.` })
  @ArrayMinSize(SERVED_HOUSEHOLDS.min, { message: `servedUnitIds must list at least ${SERVED_HOUSEHOLDS.min} household` })
  @ArrayMaxSize(SERVED_HOUSEHOLDS.max, { message: `servedUnitIds may list at most ${SERVED_HOUSEHOLDS.max} households` })
  @IsUUID('all', { each: true, message: 'servedUnitIds must be ids' })
  servedUnitIds!: string[];
}
