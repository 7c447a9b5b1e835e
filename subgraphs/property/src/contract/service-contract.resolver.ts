import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DriverException } from '@mikro-orm/core';
import { badUserInput, conflict, notFound } from '../../../platform/errors/error-codes.js';
import { Connection, PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { PropertyContext } from '../property.loaders.js';
import { assertOwnArea } from '../access/area-management.js';
import { scopeWhere } from '../access/property-scope.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { PropertyCompany } from '../company/property-company.entity.js';
import { PropertyCompanyStatus } from '../company/company-status.js';
import { PropertyPost } from '../staff/property-post.entity.js';
import { ServiceEvaluation } from '../evaluation/service-evaluation.entity.js';
import { FeeCollection } from '../fee/fee-collection.entity.js';
import { ServiceContract } from './service-contract.entity.js';
import { activeOn } from './active-contract.filter.js';
import { contractEnd, isActiveOn, periodsOverlap } from './contract-period.js';
import { loadVisibleContract } from './contract-lookup.js';
import { CreateServiceContractInput, EndServiceContractInput, ServiceContractFilter } from './service-contract.input.js';

@ObjectType('ServiceContractConnection', { description: 'A page of service contracts.' })
export class ServiceContractConnection extends Connection(ServiceContract) {}

/** Postgres' exclusion-violation code: the database refused an overlapping contract. */
const EXCLUSION_VIOLATION = '23P01';

function overlapConflict(): Error {
  return conflict('This neighborhood already has a contract for part of that period: end it first (物业离场) or choose a later start.');
}

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
    const place = ctx.readPlaceCertificate(input.placeCertificate);
    if (!place.neighborhoodId) throw badUserInput('placeCertificate must be a neighborhood\'s, not a community\'s.', { field: 'placeCertificate' });
    const path = { neighborhoodId: place.neighborhoodId, communityId: place.communityId, streetId: place.streetId, districtId: place.districtId };
    assertOwnArea(ctx.caller, path, 'register service contracts');
    if (input.endsOn !== undefined && input.endsOn <= input.startsOn) throw badUserInput('endsOn must be after startsOn.', { field: 'endsOn' });
    const company = await ctx.loaders.company.load(input.companyId.toLowerCase());
    if (!company) throw notFound('PropertyCompany', input.companyId);
    if (company.status !== PropertyCompanyStatus.ACTIVE) throw conflict(`${company.name} is ${company.status} and may not sign new contracts.`);

    const earlier = await ctx.em.find(ServiceContract, { neighborhoodId: path.neighborhoodId });
    const known = earlier[0];
    if (known && (known.communityId !== path.communityId || known.streetId !== path.streetId || known.districtId !== path.districtId)) {
      throw badUserInput('This neighborhood is recorded under another community, street or district: give its own place path.', { field: 'communityId' });
    }
    const period = { start: input.startsOn, end: input.endsOn ?? null };
    if (earlier.some((other) => periodsOverlap(period, { start: other.startsOn, end: contractEnd(other) }))) throw overlapConflict();

    const contract = ctx.em.create(ServiceContract, {
      ...path,
      companyId: company.id,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      feeStandard: input.feeStandard,
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      // A concurrent registration got in first: the exclusion constraint is the last word.
      if (error instanceof DriverException && (error as DriverException & { code?: string }).code === EXCLUSION_VIOLATION) throw overlapConflict();
      throw error;
    }
    return contract;
  }

  @Mutation(() => ServiceContract, {
    description: 'Ends a contract (物业离场): records the day and reason and ends its staff posts; nothing is deleted. Area roles of its area.',
  })
  async endServiceContract(
    @Arg('input', () => EndServiceContractInput, { description: 'What to record.' }) input: EndServiceContractInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<ServiceContract> {
    const contract = await loadVisibleContract(ctx, input.id);
    assertOwnArea(ctx.caller, contract.path(), 'end service contracts');
    if (contract.endedOn !== null) throw conflict(`This contract already ended on ${contract.endedOn}.`);
    if (input.endedOn <= contract.startsOn) throw badUserInput(`endedOn must be after the start (${contract.startsOn}).`, { field: 'endedOn' });
    if (contract.endsOn !== null && input.endedOn > contract.endsOn) {
      throw badUserInput(`endedOn must be on or before the agreed end (${contract.endsOn}).`, { field: 'endedOn' });
    }
    contract.endedOn = input.endedOn;
    contract.endReason = input.reason.trim();
    const posts = await ctx.em.find(PropertyPost, { contractId: contract.id, $or: [{ endsOn: null }, { endsOn: { $gt: input.endedOn } }] });
    for (const post of posts) post.endsOn = input.endedOn < post.startsOn ? post.startsOn : input.endedOn;
    await ctx.em.flush();
    return contract;
  }
}
