import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { PropertyContext } from '../property.loaders.js';
import { scopeWhere } from '../access/property-scope.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { PropertyCompany } from '../company/property-company.entity.js';
import { PropertyPost } from '../staff/property-post.entity.js';
import { ServiceEvaluation } from '../evaluation/service-evaluation.entity.js';
import { FeeCollection } from '../fee/fee-collection.entity.js';
import { ServiceContract } from './service-contract.entity.js';
import { activeOn } from './active-contract.filter.js';
import { isActiveOn } from './contract-period.js';
import { loadVisibleContract } from './contract-lookup.js';
import { CreateServiceContractInput, EndServiceContractInput, ServiceContractFilter } from './service-contract.input.js';
import { endServiceContract, registerServiceContract } from './service-contract.service.js';
import { ServiceContractConnection } from './service-contract.type.js';

@Resolver(() => ServiceContract)
export class ServiceContractResolver {
  @Query(() => ServiceContract, { description: 'A service contract by id (物业服务合同).' })
  serviceContract(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: PropertyContext): Promise<ServiceContract> {
    return loadVisibleContract(ctx, id);
  }

  @Query(() => ServiceContractConnection, {
    description: 'Service contracts you may read, by start date. A property company gets exactly its active contracts (my neighborhoods).',
  })
  async serviceContracts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ServiceContractFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: ServiceContractFilter | undefined,
    @Ctx() ctx: PropertyContext,
  ) {
    const day = ctx.loaders.day;
    const where = {
      $and: [
        filter?.neighborhoodId ? { neighborhoodId: filter.neighborhoodId.toLowerCase() } : {},
        filter?.companyId ? { companyId: filter.companyId.toLowerCase() } : {},
        filter?.active === true ? activeOn(day) : {},
        filter?.active === false ? { $not: activeOn(day) } : {},
        scopeWhere<ServiceContract>(await ctx.loaders.scope()),
      ],
    };
    return findPage(ctx.em, ServiceContract, where as never, page, 'startsOn');
  }

  @FieldResolver(() => PropertyCompany, { description: 'The serving company (物业企业).' })
  async company(@Root() contract: ServiceContract, @Ctx() ctx: PropertyContext): Promise<PropertyCompany> {
    return (await ctx.loaders.company.load(contract.companyId))!;
  }

  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood served (小区).' })
  neighborhood(@Root() contract: ServiceContract): NeighborhoodStub {
    return { id: contract.neighborhoodId };
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is in force today (China Standard Time).' })
  active(@Root() contract: ServiceContract, @Ctx() ctx: PropertyContext): boolean {
    return isActiveOn(contract, ctx.loaders.day);
  }

  @FieldResolver(() => [PropertyPost], { description: 'Project staff posts under it (项目人员), newest term first.' })
  staffPosts(@Root() contract: ServiceContract, @Ctx() ctx: PropertyContext): Promise<PropertyPost[]> {
    return ctx.loaders.postsOfContract.load(contract.id);
  }

  @FieldResolver(() => [ServiceEvaluation], { description: 'Evaluations of the company under it (评议记录), newest year first.' })
  evaluations(@Root() contract: ServiceContract, @Ctx() ctx: PropertyContext): Promise<ServiceEvaluation[]> {
    return ctx.loaders.evaluationsOfContract.load(contract.id);
  }

  @FieldResolver(() => [FeeCollection], { description: 'Fee collection per year (物业费收缴), newest first.' })
  feeCollections(@Root() contract: ServiceContract, @Ctx() ctx: PropertyContext): Promise<FeeCollection[]> {
    return ctx.loaders.feesOfContract.load(contract.id);
  }

  @Mutation(() => ServiceContract, {
    description: 'Registers a service contract. DISTRICT, STREET or COMMUNITY of the neighborhood\'s area. Overlapping an existing contract of the neighborhood is refused (CONFLICT).',
  })
  async createServiceContract(
    @Arg('input', () => CreateServiceContractInput, { description: 'What to record.' }) input: CreateServiceContractInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<ServiceContract> {
    return registerServiceContract(ctx, input);
  }

  @Mutation(() => ServiceContract, {
    description: 'Ends a contract (物业离场): records the day and reason and ends its staff posts; nothing is deleted. Area roles of its area.',
  })
  async endServiceContract(
    @Arg('input', () => EndServiceContractInput, { description: 'What to record.' }) input: EndServiceContractInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<ServiceContract> {
    return endServiceContract(ctx, input);
  }
}
