import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { Need } from './need.entity.js';
import { Resource } from './resource.entity.js';

@ObjectType('CobuildingNeedConnection', { description: 'A page of needs.' })
export class NeedConnection extends Connection(Need) {}

@ObjectType({ description: 'A resource suggested for a need (资源匹配), with why it ranks where it does.' })
export class ResourceSuggestion {
  @Field(() => Resource, { description: 'The resource.' })
  resource!: Resource;

  @Field(() => Int, { description: 'How well its subject fits the need: 2 the same, 1 related.' })
  categoryFit!: number;

  @Field(() => Boolean, { description: "Whether its unit is currently paired with the need's community (结对单位)." })
  pairedWithCommunity!: boolean;

  @Field(() => Int, { description: 'Rank score: twice the fit, plus one if paired; higher first.' })
  score!: number;
}
