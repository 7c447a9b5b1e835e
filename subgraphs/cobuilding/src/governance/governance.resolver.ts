import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { MatterStageFacts, NO_MATTER_FACTS } from '../../../platform/governance/matter-stage-facts.js';
import { PostSummary } from '../../../platform/governance/post-summary.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { GovernanceMatterStub } from './governance-matter.stub.js';
import { PersonStub } from '../place/place.stub.js';

/** Cobuilding's share of a governance matter (三议一服务): the facts the party subgraph derives the stage from. */
@Resolver(() => GovernanceMatterStub)
export class GovernanceMatterCobuildingResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => MatterStageFacts, { description: 'Facts of this subgraph about the matter, for the party subgraph to derive its stage.' })
  cobuildingFacts(@Root() _matter: GovernanceMatterStub, @Ctx() _ctx: CobuildingContext): Promise<MatterStageFacts> {
    // TODO(governance): count the records linked to the matter.
    return Promise.resolve(NO_MATTER_FACTS);
  }
}

/** The posts this subgraph keeps for a person, summarised for `Person.posts` (merged by the party subgraph). */
@Resolver(() => PersonStub)
export class PersonCobuildingPostSummariesResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [PostSummary], { description: "The person's posts kept here that the caller may read, summarised for Person.posts." })
  cobuildingPostSummaries(@Root() _person: PersonStub, @Ctx() _ctx: CobuildingContext): Promise<PostSummary[]> {
    // TODO(governance): summarise the person's posts the caller may read.
    return Promise.resolve([]);
  }
}
