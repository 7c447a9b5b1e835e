import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import type { PropertyContext } from '../property.loaders.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { PropertyCompany } from '../company/property-company.entity.js';
import { ServiceRequestConnection } from '../request/service-request.type.js';
import { PropertyRequestStatistics } from '../statistics/statistics.type.js';
import { PropertyStatisticsPeriod } from '../statistics/statistics-period.input.js';
import { PERIOD_ARG, requestStatistics } from '../statistics/request-statistics.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { NeighborhoodServiceRequestFilter } from './neighborhood.input.js';

/**
 * Property fields on the registry's Neighborhood. Each returns only what the caller may read here: the company
 * its own active contract and requests, area roles what is inside their area; anything else is null or empty.
 * (The neighborhood reference itself refuses a company that does not serve it: see neighborhood.reference.ts.)
 */
@Resolver(() => NeighborhoodStub)
export class NeighborhoodPropertyResolver {
  @FieldResolver(() => ServiceContract, { nullable: true, description: 'The service contract in force today (物业服务合同), if you may read it.' })
  propertyContract(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: PropertyContext): Promise<ServiceContract | null> {
    return ctx.loaders.activeContractOfNeighborhood.load(neighborhood.id);
  }

  @FieldResolver(() => PropertyCompany, { nullable: true, description: 'The company serving it today (物业企业), if you may read its contract.' })
  async propertyCompany(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: PropertyContext): Promise<PropertyCompany | null> {
    const contract = await ctx.loaders.activeContractOfNeighborhood.load(neighborhood.id);
    return contract ? ctx.loaders.company.load(contract.companyId) : null;
  }

  @FieldResolver(() => ServiceRequestConnection, { description: 'Resident requests here you may read (居民诉求), newest first.' })
  serviceRequests(
    @Root() neighborhood: NeighborhoodStub,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NeighborhoodServiceRequestFilter, { nullable: true, description: 'Conditions the listed items must all meet.' })
    filter: NeighborhoodServiceRequestFilter | undefined,
    @Ctx() ctx: PropertyContext,
  ) {
    return ctx.loaders.requestPage.load({
      neighborhoodId: neighborhood.id,
      filter: { statuses: filter?.statuses, category: filter?.category },
      first: page.first,
      after: page.after,
    });
  }

  @FieldResolver(() => PropertyRequestStatistics, { description: 'Figures over the requests here you may read: completion and satisfaction rates (办结率、满意率).' })
  serviceRequestStatistics(
    @Root() neighborhood: NeighborhoodStub,
    @Arg('period', () => PropertyStatisticsPeriod, PERIOD_ARG) period: PropertyStatisticsPeriod | undefined,
    @Ctx() ctx: PropertyContext,
  ): Promise<PropertyRequestStatistics> {
    return requestStatistics(ctx, 'neighborhood_id', neighborhood.id, period);
  }
}
