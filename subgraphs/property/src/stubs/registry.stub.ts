import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { keyOnlyReferences } from '../../../platform/federation/key-only-reference.js';

// Key-only stubs of the registry's entities that this subgraph adds fields to. Neighborhood's reference checks the
// caller (place/place.reference.ts); the others resolve to their key, and each added field applies the caller's scope.

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

/** `__resolveReference` for Person, District, Street and Community: the fields added here filter by scope. */
export const registryStubReferences = keyOnlyReferences('Person', 'District', 'Street', 'Community');
