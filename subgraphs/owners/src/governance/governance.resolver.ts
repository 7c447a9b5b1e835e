import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { attestMatterFacts, MatterStageFactsScalar, type MatterStageFacts } from '../../../platform/governance/matter-stage-facts.js';
import type { OwnersContext } from '../owners.loaders.js';
import { GovernanceMatterStub } from '../stubs/party.stub.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { Resolution } from '../resolution/resolution.entity.js';

/** The owners' share of a governance matter (三议一服务: 决议): its motions, the resolution, and the facts of the stage. */
@Resolver(() => GovernanceMatterStub)
export class GovernanceMatterOwnersResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => MatterStageFactsScalar.hidden, { description: 'Facts of this subgraph about the matter, signed by it, for the party subgraph to derive its stage.' })
  async ownersFacts(@Root() matter: GovernanceMatterStub, @Ctx() ctx: OwnersContext): Promise<MatterStageFacts> {
    return attestMatterFacts('owners', matter.id, await ctx.loaders.factsOfMatter.load(matter.id), ctx.statementKeys);
  }

  @FieldResolver(() => [OwnersMotion], {
    description: "Motions put to the owners' assembly for this matter (决议事项), oldest first: those you may read (the committee's own, area offices').",
  })
  motions(@Root() matter: GovernanceMatterStub, @Ctx() ctx: OwnersContext): Promise<OwnersMotion[]> {
    return ctx.loaders.motionsOfMatter.load(matter.id);
  }

  @FieldResolver(() => Resolution, {
    nullable: true,
    description:
      "The owners' assembly's resolution adopting the matter (业主大会决议): the resolution in force on its adopted motion; null until one is adopted " +
      'or if you may not read it (property companies and residents: once published).',
  })
  resolution(@Root() matter: GovernanceMatterStub, @Ctx() ctx: OwnersContext): Promise<Resolution | null> {
    return ctx.loaders.adoptingResolutionOfMatter.load(matter.id);
  }
}
