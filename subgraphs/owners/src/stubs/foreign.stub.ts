import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { NeighborhoodKindValue } from './place.stub.js';

/** The registry's Neighborhood; this subgraph adds its committee, resolutions and electorate. */
@Directive('@key(fields: "id")')
@ObjectType('Neighborhood', { description: 'A residential neighborhood (小区), owned by the registry.' })
export class NeighborhoodStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Directive('@external')
  @Field(() => NeighborhoodKindValue, { description: 'Gated or open (from the registry), for statistics.' })
  kind?: NeighborhoodKindValue;
}

/** The registry's Person; this subgraph adds committee posts. */
@Directive('@key(fields: "id")')
@ObjectType('Person', { description: 'A person (人员), owned by the registry.' })
export class PersonStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  /** From the party subgraph (`@inaccessible` there): brought by the gateway for `committeePosts`. */
  @Directive('@external')
  @Field(() => Boolean, { description: 'Holds formal or probationary party membership (from the party subgraph).' })
  partyMember?: boolean;
}

/** The registry's Unit, referenced only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Unit', { description: 'An exclusive unit (专有部分), owned by the registry.' })
export class UnitStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}
