import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { keyOnlyReferences } from '../../../platform/federation/key-only-reference.js';

/**
 * The owners subgraph's motion (业主大会表决事项), extended here with its recusal flags. The two external fields are
 * `@inaccessible` in the owners subgraph; the gateway brings them for `recusals` (`@requires`).
 */
@Directive('@key(fields: "id")')
@ObjectType('OwnersMotion', { description: "A motion put to the owners' assembly (表决事项), owned by the owners subgraph." })
export class OwnersMotionStub {
  @Field(() => ID, { description: 'Its id in the owners subgraph.' })
  id!: string;

  @Directive('@external')
  @Field(() => ID, { nullable: true, description: 'The property company the motion concerns (from the owners subgraph).' })
  concernedCompanyId?: string | null;

  @Directive('@external')
  @Field(() => [ID], { description: "Person ids of the convening committee's current members (from the owners subgraph)." })
  committeeMemberPersonIds?: string[];
}

/** `__resolveReference` for OwnersMotion: the representation itself, with the fields the gateway brought. */
export const ownersStubReferences = keyOnlyReferences('OwnersMotion');
