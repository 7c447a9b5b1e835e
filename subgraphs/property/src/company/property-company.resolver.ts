import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { conflict, notFound } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import { assertMayChangeCompanyRole, assertMayRegisterCompany, mayChangeCompany } from '../access/company-management.js';
import { requireId } from '../../../platform/ids/id.js';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { PropertyContext } from '../property.loaders.js';
import { PartyOrganizationStub } from '../stubs/party.stub.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { ServiceEvaluation } from '../evaluation/service-evaluation.entity.js';
import { PropertyRequestStatistics } from '../statistics/statistics.type.js';
import { PropertyStatisticsPeriod } from '../statistics/statistics-period.input.js';
import { PERIOD_ARG, requestStatistics } from '../statistics/request-statistics.js';
import { PropertyCompany } from './property-company.entity.js';
import { CreatePropertyCompanyInput, UpdatePropertyCompanyInput } from './property-company.input.js';
import { PropertyCompanyConnection } from './property-company.type.js';

/** Companies are public market records: any caller may read names, codes and standing; what they serve is scoped. */
@Resolver(() => PropertyCompany)
export class PropertyCompanyResolver {
  @Query(() => PropertyCompany, { description: 'A property company by id (物业企业).' })
  async propertyCompany(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: PropertyContext): Promise<PropertyCompany> {
    const company = await ctx.loaders.company.load(requireId(id));
    if (!company) throw notFound('PropertyCompany', id);
    return company;
  }

  @Query(() => PropertyCompanyConnection, { description: 'Property companies, by name.' })
  propertyCompanies(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: PropertyContext) {
    return findPage(ctx.em, PropertyCompany, {}, page, 'name');
  }

  @FieldResolver(() => PartyOrganizationStub, { nullable: true, description: 'Its own party organisation (红色物业), if it has one.' })
  partyOrganization(@Root() company: PropertyCompany): PartyOrganizationStub | null {
    return company.partyOrganizationId ? { id: company.partyOrganizationId } : null;
  }

  @FieldResolver(() => [ServiceContract], { description: "Its service contracts you may read (服务合同), newest first: a company sees its own active ones." })
  serviceContracts(@Root() company: PropertyCompany, @Ctx() ctx: PropertyContext): Promise<ServiceContract[]> {
    return ctx.loaders.contractsOfCompany.load(company.id);
  }

  @FieldResolver(() => [ServiceEvaluation], { description: 'Evaluations of the company you may read (评议记录), newest year first: the history behind renewal decisions.' })
  evaluations(@Root() company: PropertyCompany, @Ctx() ctx: PropertyContext): Promise<ServiceEvaluation[]> {
    return ctx.loaders.evaluationsOfCompany.load(company.id);
  }

  @FieldResolver(() => PropertyRequestStatistics, { description: 'Figures over its requests you may read (诉求统计).' })
  requestStatistics(
    @Root() company: PropertyCompany,
    @Arg('period', () => PropertyStatisticsPeriod, PERIOD_ARG) period: PropertyStatisticsPeriod | undefined,
    @Ctx() ctx: PropertyContext,
  ): Promise<PropertyRequestStatistics> {
    return requestStatistics(ctx, 'company_id', company.id, period);
  }

  @Mutation(() => PropertyCompany, { description: 'Registers a property company. DISTRICT role only.' })
  async createPropertyCompany(
    @Arg('input', () => CreatePropertyCompanyInput, { description: 'What to record.' }) input: CreatePropertyCompanyInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<PropertyCompany> {
    assertMayRegisterCompany(ctx.caller);
    const company = ctx.em.create(PropertyCompany, {
      name: input.name.trim(),
      creditCode: input.creditCode,
      partyOrganizationId: input.partyOrganizationId?.toLowerCase() ?? null,
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict('A company with this unified social credit code is already registered.');
      throw error;
    }
    return company;
  }

  @Mutation(() => PropertyCompany, { description: "Changes a company's standing or party organisation. DISTRICT role, for a company that holds or held a contract in its district." })
  async updatePropertyCompany(
    @Arg('input', () => UpdatePropertyCompanyInput, { description: 'What to record.' }) input: UpdatePropertyCompanyInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<PropertyCompany> {
    assertMayChangeCompanyRole(ctx.caller);
    const company = await this.propertyCompany(input.id, ctx);
    const contracts = await ctx.em.find(ServiceContract, { companyId: company.id }, { fields: ['districtId'] });
    if (!mayChangeCompany(ctx.caller, contracts.map((contract) => contract.districtId))) throw notFound('PropertyCompany', input.id);
    assertAtVersion(company, input.expectedVersion, { noun: 'company', versionExtension: 'currentVersion' });
    if (input.status) company.status = input.status;
    if (input.partyOrganizationId) company.partyOrganizationId = input.partyOrganizationId.toLowerCase();
    await ctx.em.flush();
    return company;
  }
}
