import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { keyOnlyReferences } from '../../../platform/federation/key-only-reference.js';

// Key-only stubs of the registry's entities that this subgraph adds fields to. The registry owns them; a stub
// resolves to its key (the id checked) and each added field applies the caller's scope itself.

@Directive('@key(fields: "id")')
@ObjectType('District', { description: 'A district (区/县), owned by the registry.' })
export class DistrictStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Street', { description: 'A street (街道), owned by the registry.' })
export class StreetStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Community', { description: 'A community (社区), owned by the registry.' })
export class CommunityStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Neighborhood', { description: 'A neighborhood (小区), owned by the registry.' })
export class NeighborhoodStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Person', { description: 'A person, owned by the registry (which masks their personal data per caller).' })
export class PersonStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

/** Key-only references: the fields added here check the caller's scope, so any well-formed id resolves. */
export const registryStubReferences = keyOnlyReferences('District', 'Street', 'Community', 'Neighborhood', 'Person');
