import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { PartyMemberTransfer } from './member-transfer.entity.js';

@Resolver(() => PartyMemberTransfer)
export class PartyMemberTransferResolver {
  @FieldResolver(() => PartyOrganization, { description: 'The organisation it left (转出党组织).' })
  async from(@Root() transfer: PartyMemberTransfer, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return (await ctx.loaders.organization.load(transfer.fromOrganizationId))!;
  }

  @FieldResolver(() => PartyOrganization, { nullable: true, description: 'The organisation receiving it (接收党组织); null for a transfer out of the system.' })
  to(@Root() transfer: PartyMemberTransfer, @Ctx() ctx: PartyContext): Promise<PartyOrganization | null> | null {
    return transfer.toOrganizationId ? ctx.loaders.organization.load(transfer.toOrganizationId) : null;
  }
}
