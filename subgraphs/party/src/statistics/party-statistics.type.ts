import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { CrossAppointmentKind } from '../governance/cross-appointment-kinds.js';

@ObjectType({ description: 'How many cross-appointments of one kind are in force (按类型统计的交叉任职).' })
export class CrossAppointmentKindCount {
  @Field(() => CrossAppointmentKind, { description: 'The kind.' })
  kind!: CrossAppointmentKind;

  @Field(() => Int, { description: 'Appointments of that kind in force today.' })
  count!: number;
}

/** Party figures of an area (党建统计): aggregates only, so any caller who can see the area may read them. */
@ObjectType({ description: 'Party figures of an area (党建统计): organisations, households, stations, ratings, members by status, and 三方联动 / 交叉任职.' })
export class PartyAreaStatistics {
  @Field(() => Int, { description: 'Neighborhood branches of every form (小区党支部).' })
  neighborhoodBranches = 0;

  @Field(() => Int, { description: 'Of which single branches (单建).' })
  singleBranches = 0;

  @Field(() => Int, { description: 'Of which joint branches (联合党支部).' })
  jointBranches = 0;

  @Field(() => Int, { description: 'Of which grid branches (网格党支部).' })
  gridBranches = 0;

  @Field(() => Int, {
    description:
      'People on the committees of neighborhood branches (支部委员), in a post in force today: secretaries, deputies, members and part-time members, each once per branch. Cross-appointed members are counted in crossAppointmentsByKind.',
  })
  branchCommitteeMembers = 0;

  @Field(() => Int, { description: 'Building groups (楼栋党小组).' })
  buildingGroups = 0;

  @Field(() => Int, { description: "Property companies' party organisations (物业企业党组织)." })
  propertyCompanyBranches = 0;

  @Field(() => Int, { description: 'Central households (党员中心户).' })
  centralHouseholds = 0;

  @Field(() => Int, { description: 'Service stations of every kind (党群服务站/红帆驿站/书记工作室).' })
  serviceStations = 0;

  @Field(() => DecimalScalar, { description: 'Their total floor area in m² (阵地面积).' })
  serviceStationFloorArea = '0.00';

  @Field(() => Int, { description: 'Branches whose latest approved star rating is five stars (五星级支部).' })
  fiveStarBranches = 0;

  @Field(() => Int, { description: 'Neighborhoods in the area that no neighborhood branch covers (未覆盖小区).' })
  neighborhoodsWithoutBranch = 0;

  @Field(() => Int, { description: 'Party members held by organisations of the area (党员总数).' })
  members = 0;

  @Field(() => Int, { description: 'Formal members (正式党员).' })
  formalMembers = 0;

  @Field(() => Int, { description: 'Probationary members (预备党员).' })
  probationaryMembers = 0;

  @Field(() => Int, { description: 'In-service members (在职党员).' })
  inServiceMembers = 0;

  @Field(() => Int, { description: 'Retired members (离退休党员).' })
  retiredMembers = 0;

  @Field(() => Int, { description: 'Mobile members (流动党员).' })
  mobileMembers = 0;

  @Field(() => Int, { description: 'Members without a post (无职党员).' })
  withoutPostMembers = 0;

  @Field(() => [CrossAppointmentKindCount], { description: 'Cross-appointments in force today, by kind, every kind listed (交叉任职).' })
  crossAppointmentsByKind: CrossAppointmentKindCount[] = [];

  @Field(() => Int, { description: 'Joint meetings held so far (三方联席会议).' })
  jointMeetingsHeld = 0;

  @Field(() => Int, { description: 'Governance matters proposed by branches of the area (提议事项).' })
  governanceMattersProposed = 0;

  @Field(() => Int, { description: 'Of those, matters a joint meeting has taken up (商议事项).' })
  governanceMattersDeliberated = 0;

  @Field(() => Int, { description: 'Of those, matters a joint meeting agreed (商议通过).' })
  governanceMattersAgreed = 0;
}
