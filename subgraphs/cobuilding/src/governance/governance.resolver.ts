import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { attestMatterFacts, MatterStageFactsScalar, type MatterStageFacts } from '../../../platform/governance/matter-stage-facts.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CoBuildingProject } from '../project/project.entity.js';
import { GovernanceMatterStub } from '../stubs/party.stub.js';

/** Cobuilding's share of a governance matter (三议一服务的服务): its projects, and the facts the party subgraph derives the stage from. */
@Resolver(() => GovernanceMatterStub)
export class GovernanceMatterCobuildingResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => MatterStageFactsScalar.hidden, { description: 'Facts of this subgraph about the matter, signed by it, for the party subgraph to derive its stage.' })
  async cobuildingFacts(@Root() matter: GovernanceMatterStub, @Ctx() ctx: CobuildingContext): Promise<MatterStageFacts> {
    const id = requireId(matter.id);
    return attestMatterFacts('cobuilding', id, await ctx.loaders.matterFacts.load(id), ctx.statementKeys);
  }

  @FieldResolver(() => [CoBuildingProject], { description: 'Co-building projects serving this matter (服务) that you may read, oldest first.' })
  projects(@Root() matter: GovernanceMatterStub, @Ctx() ctx: CobuildingContext): Promise<CoBuildingProject[]> {
    return ctx.loaders.projectsOfMatter.load(requireId(matter.id));
  }
}
