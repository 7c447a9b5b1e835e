import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { MatterStageCounts } from './matter-stage-facts.js';

/**
 * What a serving subgraph (property: service requests; cobuilding: projects) linked to one governance matter of an
 * area, counted (服务进展). Both contribute an `@inaccessible` list of these to District, Street and Community; the
 * party subgraph requires both and counts the area's matters that 三议一服务 carried to completion
 * (`governanceMatterResults`). Aggregates only, never shown to clients. Defined once so both declare the same shape.
 */
@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType('MatterServiceCount', { description: 'Service records linked to one governance matter, counted (服务进展), for the party subgraph.' })
export class MatterServiceCount {
  @Field(() => ID, { description: 'The governance matter (议事事项).' })
  matterId!: string;

  @Field(() => Int, { description: 'Records linked to the matter.' })
  linked!: number;

  @Field(() => Int, { description: 'Of those, still in progress.' })
  pending!: number;

  @Field(() => Int, { description: 'Of those, done (办结).' })
  completed!: number;

  @Field(() => Int, { description: 'Of the done ones, evaluated by residents (评价).' })
  evaluated!: number;

  @Field(() => Int, { description: 'Of those, ended without success (cancelled).' })
  failed!: number;
}

/** The selection the party subgraph requires of each serving subgraph's list. */
export const MATTER_SERVICE_COUNT_SELECTION = '{ matterId linked pending completed evaluated failed }';

export const matterServiceCount = (matterId: string, { linked, pending, completed, evaluated, failed }: MatterStageCounts): MatterServiceCount => ({
  matterId, linked, pending, completed, evaluated, failed,
});
