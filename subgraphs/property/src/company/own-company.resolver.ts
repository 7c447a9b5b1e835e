import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { notFound } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import type { PropertyContext } from '../property.loaders.js';
import { requireActingCompany } from '../access/area-management.js';
import { PropertyCompany } from './property-company.entity.js';
import { UpdateOwnPropertyCompanyInput } from './own-company.input.js';

async function loadOwnCompany(ctx: PropertyContext, what: string): Promise<PropertyCompany> {
  const companyId = requireActingCompany(ctx.caller, what);
  const company = await ctx.loaders.company.load(companyId);
  if (!company) throw notFound('PropertyCompany', companyId);
  return company;
}

/** A company's own record: read it, keep its contact details (企业信息维护). */
@Resolver(() => PropertyCompany)
export class OwnPropertyCompanyResolver {
  @Query(() => PropertyCompany, { description: 'The company you act for (本企业). PROPERTY_COMPANY only.' })
  ownPropertyCompany(@Ctx() ctx: PropertyContext): Promise<PropertyCompany> {
    return loadOwnCompany(ctx, 'read its own record');
  }

  @Mutation(() => PropertyCompany, {
    description: "Changes your company's hotline, address or introduction, against the version you read. PROPERTY_COMPANY, for itself only; name, credit code, standing and party organisation are the district's (updatePropertyCompany).",
  })
  async updateOwnPropertyCompany(
    @Arg('input', () => UpdateOwnPropertyCompanyInput, { description: 'What to change.' }) input: UpdateOwnPropertyCompanyInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<PropertyCompany> {
    const company = await loadOwnCompany(ctx, 'change its own record');
    assertAtVersion(company, input.expectedVersion, { subject: "Your company's record", versionExtension: 'currentVersion' });
    if (input.hotline !== undefined) company.hotline = input.hotline?.trim() ?? null;
    if (input.address !== undefined) company.address = input.address?.trim() ?? null;
    if (input.introduction !== undefined) company.introduction = input.introduction?.trim() ?? null;
    await ctx.em.flush();
    return company;
  }
}
