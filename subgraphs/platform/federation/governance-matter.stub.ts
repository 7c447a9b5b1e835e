import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The party subgraph's governance matter (议事事项, 三议一服务) as a key-only stub, for every subgraph that adds the
 * facts of its own stage of a matter (the party subgraph derives the matter's stage from them).
 *
 * A factory, not a class: type-graphql keeps field resolvers in one global store keyed by class, so a class shared by
 * two subgraphs would carry both subgraphs' fields into each schema. Each subgraph makes its own class once, in its
 * `stubs/party.stub.ts`; the definition stays here.
 */
export function createGovernanceMatterStub() {
  @Directive('@key(fields: "id")')
  @ObjectType('GovernanceMatter', { description: 'A governance matter (议事事项), owned by the party subgraph.' })
  class GovernanceMatterStub {
    @Field(() => ID, { description: 'Its id.' })
    id!: string;
  }
  return GovernanceMatterStub;
}
