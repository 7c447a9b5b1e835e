import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { NeighborhoodKindValue } from './place.stub.js';

/** One unit of the registry's owners' roster, as `Neighborhood.ownersRoster` gives it (external here). */
@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType('OwnersRosterUnit', { description: "A unit of a neighborhood's owners' roster (业主名册): area, developer flag and owners." })
export class OwnersRosterUnit {
  @Field(() => ID, { description: 'The unit (专有部分).' })
  unitId!: string;

  @Field(() => DecimalScalar, { description: 'Registered area in m² (登记面积).' })
  area!: string;

  @Field(() => Boolean, { description: 'Still held by the developer (开发建设单位持有).' })
  developerHeld!: boolean;

  @Field(() => [ID], { description: 'Registered owners (产权人) by person id.' })
  ownerIds!: string[];
}

/** The registry's Neighborhood; this subgraph adds its committee, resolutions and electorate. */
@Directive('@key(fields: "id")')
@ObjectType('Neighborhood', { description: 'A residential neighborhood (小区), owned by the registry.' })
export class NeighborhoodStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Directive('@external')
  @Field(() => NeighborhoodKindValue, { description: 'Gated or open (from the registry), for statistics.' })
  kind?: NeighborhoodKindValue;

  @Directive('@external')
  @Field(() => [OwnersRosterUnit], { description: "The owners' roster from the registry, for the electorate snapshot." })
  ownersRoster?: OwnersRosterUnit[];

  @Directive('@external')
  @Field(() => String, { description: "The registry's signature over the roster (名册签名), checked before the roster is recorded." })
  ownersRosterAttestation?: string;
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
