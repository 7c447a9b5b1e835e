import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { PropertyContext } from '../property.loaders.js';
import { requireActingCompany } from '../access/area-management.js';
import { ServiceContract } from './service-contract.entity.js';
import { ServiceContractConnection } from './service-contract.type.js';
import { contractStatusOn, contractStatusWhere, ServiceContractStatus } from './contract-status.js';
import { OwnServiceContractFilter } from './own-contracts.input.js';

/**
 * A company's own record of service (合同履历): every contract it holds or held, ended ones included. The contract's
 * own facts are the company's; what lies under a neighborhood it no longer serves (staff, requests, the map) stays
 * out of its reach as everywhere else.
 */
@Resolver(() => ServiceContract)
export class OwnServiceContractsResolver {
  @Query(() => ServiceContractConnection, {
    description: 'Your own service contracts, ended and upcoming ones included, by start date (合同履历). PROPERTY_COMPANY only.',
  })
  ownServiceContracts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OwnServiceContractFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: OwnServiceContractFilter | undefined,
    @Ctx() ctx: PropertyContext,
  ) {
    const companyId = requireActingCompany(ctx.caller, 'list its own contracts');
    const where = { $and: [{ companyId }, filter?.statuses?.length ? contractStatusWhere(filter.statuses, ctx.loaders.day) : {}] };
    return findPage(ctx.em, ServiceContract, where as never, page, 'startsOn');
  }

  @FieldResolver(() => ServiceContractStatus, { description: 'Where it stands today, China Standard Time (合同状态).' })
  status(@Root() contract: ServiceContract, @Ctx() ctx: PropertyContext): ServiceContractStatus {
    return contractStatusOn(contract, ctx.loaders.day);
  }
}
