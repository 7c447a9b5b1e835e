import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';

@ObjectType('OwnersAreaStatistics', { description: "Owners' committee figures for an area (业委会统计), over the neighborhoods you may read." })
export class OwnersAreaStatistics {
  @Field(() => Int, { description: 'Gated neighborhoods (封闭式小区): those expected to form a committee.' })
  eligibleNeighborhoods!: number;

  @Field(() => Int, { description: 'Eligible neighborhoods with a committee in office (已成立业委会).' })
  neighborhoodsWithCommittee!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Committee formation rate in percent, two decimals (业委会组建率); null without eligible neighborhoods.' })
  formationRatePercent!: string | null;

  @Field(() => Int, { description: 'Voting members of those committees (委员人数), executive secretaries excluded.' })
  committeeMembers!: number;

  @Field(() => Int, { description: 'Committees not filed within 30 days of election (逾期未备案).' })
  filingOverdue!: number;

  @Field(() => Int, { description: 'Voting members whose party standing the party subgraph has reported (已核实党员身份的委员).' })
  membersWithPartyStanding!: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Party members among those members, in percent with two decimals (业委会成员中党员占比); null until any standing is known.',
  })
  partyMemberSharePercent!: string | null;
}
