import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { CobuildingProjectStatus } from '../project/project-status.js';

@ObjectType({ description: 'How many co-building projects are at one stage (按状态统计的项目数).' })
export class CobuildingProjectStatusCount {
  @Field(() => CobuildingProjectStatus, { description: 'The stage.' })
  status!: CobuildingProjectStatus;

  @Field(() => Int, { description: 'Projects at that stage.' })
  count!: number;
}

@ObjectType({ description: 'Co-building figures of an area (共驻共建统计), counted over the records you may read there.' })
export class CobuildingAreaStatistics {
  @Field(() => Int, { description: 'Pairings of units with the area or its neighborhoods (联建对子数).' })
  pairings!: number;

  @Field(() => [CobuildingProjectStatusCount], { description: 'Co-building projects by stage, every stage listed (项目数).' })
  projectsByStatus!: CobuildingProjectStatusCount[];

  @Field(() => Int, { description: 'People who benefited from completed projects (受益人数).' })
  beneficiaries!: number;

  @Field(() => Int, { description: 'Micro-wishes posted and not cancelled (微心愿数).' })
  wishesPosted!: number;

  @Field(() => Int, { description: 'Micro-wishes fulfilled, confirmed or awaiting confirmation (已实现微心愿数).' })
  wishesFulfilled!: number;

  @Field(() => Int, { description: 'Volunteer activities held (志愿服务活动数).' })
  volunteerActivities!: number;

  @Field(() => DecimalScalar, { description: 'Volunteer service hours credited to participants (志愿服务时长, 小时).' })
  serviceHours!: string;
}
