import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { attestMatterFacts, MatterStageFactsScalar, type MatterStageFacts } from '../../../platform/governance/matter-stage-facts.js';
import type { PropertyContext } from '../property.loaders.js';
import { GovernanceMatterStub } from '../stubs/party.stub.js';
import { ServiceRequest } from '../request/service-request.entity.js';

/** Property's share of a governance matter (三议一服务): its service requests, and the facts the party subgraph derives the stage from. */
@Resolver(() => GovernanceMatterStub)
export class GovernanceMatterPropertyResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => MatterStageFactsScalar.hidden, { description: 'Facts of this subgraph about the matter, signed by it, for the party subgraph to derive its stage.' })
  async propertyFacts(@Root() matter: GovernanceMatterStub, @Ctx() ctx: PropertyContext): Promise<MatterStageFacts> {
    return attestMatterFacts('property', matter.id, await ctx.loaders.factsOfMatter.load(matter.id), ctx.statementKeys);
  }

  @FieldResolver(() => [ServiceRequest], {
    description: 'The service requests the property company opened for the matter (服务), oldest first: those you may read, as for serviceRequests.',
  })
  serviceRequests(@Root() matter: GovernanceMatterStub, @Ctx() ctx: PropertyContext): Promise<ServiceRequest[]> {
    return ctx.loaders.requestsOfMatter.load(matter.id);
  }
}
