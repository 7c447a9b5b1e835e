import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { isResponsibleFor } from '../access/party-access.js';
import { ResponsibilityZone } from './responsibility-zone.entity.js';

@Resolver(() => PartyOrganization)
export class OrganizationZonesResolver {
  @FieldResolver(() => [ResponsibilityZone], { description: "The branch's responsibility zones, newest first, ended ones included (党员责任区). The party office responsible for it; empty for others." })
  async responsibilityZones(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<ResponsibilityZone[]> {
    return isResponsibleFor(ctx.caller, organization) ? ctx.loaders.serviceOrders.zonesOfBranch.load(organization.id) : [];
  }
}
