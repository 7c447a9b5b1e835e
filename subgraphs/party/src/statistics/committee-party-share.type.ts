import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';

@ObjectType('OwnersCommitteePartyShare', {
  description:
    "Party members among the members of the owners' committees in office in an area (业委会成员中党员占比): the owners subgraph names the members, this subgraph knows who is a party member.",
})
export class OwnersCommitteePartyShare {
  @Field(() => Int, { description: "Voting members of the owners' committees in office that you may read (委员人数), each person once." })
  committeeMembers!: number;

  @Field(() => Int, { description: 'Of those, formal or probationary party members (党员).' })
  partyMembers!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'partyMembers ÷ committeeMembers in percent, two decimals (党员占比); null without members.' })
  sharePercent!: string | null;
}
