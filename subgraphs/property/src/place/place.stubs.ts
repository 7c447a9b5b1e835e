import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The registry's neighborhood, extended here with its property contract, company and requests. */
@Directive('@key(fields: "id")')
@ObjectType('Neighborhood', { description: 'A residential neighborhood (小区), owned by the registry.' })
export class NeighborhoodStub {
  @Field(() => ID, { description: 'Its id in the registry.' })
  id!: string;
}

/** The registry's person, extended here with their property posts. */
@Directive('@key(fields: "id")')
@ObjectType('Person', { description: 'A person (人员), owned by the registry.' })
export class PersonStub {
  @Field(() => ID, { description: 'Its id in the registry.' })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('District', { description: 'A district (区/县), owned by the registry.' })
export class DistrictStub {
  @Field(() => ID, { description: 'Its id in the registry.' })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Street', { description: 'A street (街道), owned by the registry.' })
export class StreetStub {
  @Field(() => ID, { description: 'Its id in the registry.' })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Community', { description: 'A community (社区), owned by the registry.' })
export class CommunityStub {
  @Field(() => ID, { description: 'Its id in the registry.' })
  id!: string;
}

/** The party subgraph's organisation; this subgraph only returns references to it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('PartyOrganization', { description: 'A party organisation (党组织), owned by the party subgraph.' })
export class PartyOrganizationStub {
  @Field(() => ID, { description: 'Its id in the party subgraph.' })
  id!: string;
}
