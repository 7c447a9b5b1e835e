import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { MatterStageFacts, NO_MATTER_FACTS } from '../../../platform/governance/matter-stage-facts.js';
import { PostSummary } from '../../../platform/governance/post-summary.js';
import type { OwnersContext } from '../owners.loaders.js';
import { GovernanceMatterStub } from './governance-matter.stub.js';
import { PersonStub } from '../stubs/foreign.stub.js';

/** Owners's share of a governance matter (三议一服务): the facts the party subgraph derives the stage from. */
@Resolver(() => GovernanceMatterStub)
export class GovernanceMatterOwnersResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => MatterStageFacts, { description: 'Facts of this subgraph about the matter, for the party subgraph to derive its stage.' })
  ownersFacts(@Root() _matter: GovernanceMatterStub, @Ctx() _ctx: OwnersContext): Promise<MatterStageFacts> {
    // TODO(governance): count the records linked to the matter.
    return Promise.resolve(NO_MATTER_FACTS);
  }
}

/** The posts this subgraph keeps for a person, summarised for `Person.posts` (merged by the party subgraph). */
@Resolver(() => PersonStub)
export class PersonOwnersPostSummariesResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [PostSummary], { description: "The person's posts kept here that the caller may read, summarised for Person.posts." })
  ownersPostSummaries(@Root() _person: PersonStub, @Ctx() _ctx: OwnersContext): Promise<PostSummary[]> {
    // TODO(governance): summarise the person's posts the caller may read.
    return Promise.resolve([]);
  }
}
