import { Directive, Field } from 'type-graphql';
import { PersonStub } from '../stubs/foreign.stub.js';
import { PersonCommitteePostsResolver } from './committee.resolver.js';

/**
 * Whether the `party` subgraph (which provides `Person.partyMember @inaccessible`) is part of the supergraph. Declaring
 * the field `@external` while no subgraph provides it breaks composition, so it is switched on only with party:
 * set this to true when party is merged (see README, "Party membership").
 */
export const PARTY_SUBGRAPH_PRESENT = false;

let applied = false;

/**
 * Declares `Person.partyMember: Boolean! @external` and makes `Person.committeePosts` `@requires(fields:
 * "partyMember")`: the gateway then brings each member's party standing from the party subgraph, and the posts
 * resolver records it on the person's committee posts for `ownersStatistics`. Applied once, before the schema is built.
 */
export function declarePartyMembership(): void {
  if (applied) return;
  applied = true;
  Directive('@external')(PersonStub.prototype, 'partyMember');
  Field(() => Boolean, { description: 'Holds formal or probationary party membership (from the party subgraph).' })(PersonStub.prototype, 'partyMember');
  const descriptor = Object.getOwnPropertyDescriptor(PersonCommitteePostsResolver.prototype, 'committeePosts')!;
  Directive('@requires(fields: "partyMember")')(PersonCommitteePostsResolver.prototype, 'committeePosts', descriptor);
}
