import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { keyOnlyReferences } from '../../../platform/federation/key-only-reference.js';

/*
 * The registry's entities as this subgraph extends them: key-only stubs (with the `@external` fields it reads).
 * Declared in the order type-graphql registered them before, which is the order of the printed SDL.
 */

/** The registry's NeighborhoodKind, declared here for the `@requires` selection (same name, values and text). */
export enum NeighborhoodKindValue {
  CLOSED = 'CLOSED',
  OPEN = 'OPEN',
}
registerEnumType(NeighborhoodKindValue, {
  name: 'NeighborhoodKind',
  description: 'Whether a neighborhood is gated (封闭式小区) or open (开放式小区, e.g. old street-side blocks).',
  valuesConfig: {
    CLOSED: { description: 'Gated, with its own management (封闭式).' },
    OPEN: { description: 'Open, without a perimeter (开放式).' },
  },
});

/** The registry's Community; this subgraph adds its owners' statistics. */
@Directive('@key(fields: "id")')
@ObjectType('Community', { description: 'A community (社区), owned by the registry.' })
export class CommunityStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Directive('@external')
  @Field(() => [NeighborhoodStub], { description: 'Its neighborhoods the caller may read (from the registry).' })
  neighborhoods?: NeighborhoodStub[];
}

/** The registry's Street; this subgraph adds its owners' statistics. */
@Directive('@key(fields: "id")')
@ObjectType('Street', { description: 'A street (街道), owned by the registry.' })
export class StreetStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Directive('@external')
  @Field(() => [CommunityStub], { description: 'Its communities the caller may read (from the registry).' })
  communities?: CommunityStub[];
}

/** The registry's District; this subgraph adds its owners' statistics. */
@Directive('@key(fields: "id")')
@ObjectType('District', { description: 'A district or county (区/县), owned by the registry.' })
export class DistrictStub {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Directive('@external')
  @Field(() => [StreetStub], { description: 'Its streets the caller may read (from the registry).' })
  streets?: StreetStub[];
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

/**
 * The registry's entities resolve to their key (id checked): the fields added here check access themselves, and the
 * registry has already checked the entity. Unit is not resolvable here.
 */
export const registryReferences = keyOnlyReferences('Neighborhood', 'Community', 'Street', 'District', 'Person');
