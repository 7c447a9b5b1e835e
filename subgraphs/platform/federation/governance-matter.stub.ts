import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The party subgraph's governance matter (议事事项, 三议一服务) as a key-only stub, shared by every subgraph that adds
 * the facts of its own stage of a matter; the party subgraph derives the matter's stage from them.
 */
@Directive('@key(fields: "id")')
@ObjectType('GovernanceMatter', { description: 'A governance matter (议事事项), owned by the party subgraph.' })
export class GovernanceMatterStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}
