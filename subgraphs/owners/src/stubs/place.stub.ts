import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { NeighborhoodStub } from './foreign.stub.js';

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
