import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from './organization.entity.js';
import { DissolvePartyOrganizationInput, MovePartyOrganizationInput, UpdatePartyOrganizationInput } from './organization-change.input.js';
import { dissolvePartyOrganization, movePartyOrganization, updatePartyOrganization } from './organization-change.service.js';

@Resolver(() => PartyOrganization)
export class PartyOrganizationChangeResolver {
  @Mutation(() => PartyOrganization, { description: "Edits an organisation's name and contact details (修改党组织信息), with the version read. The area offices above it." })
  updatePartyOrganization(@Arg('input', () => UpdatePartyOrganizationInput, { description: 'Which organisation, the version read, and what changes.' }) input: UpdatePartyOrganizationInput, @Ctx() ctx: PartyContext) {
    return updatePartyOrganization(ctx, input);
  }

  @Mutation(() => PartyOrganization, {
    description: 'Dissolves an organisation (撤销党组织) once it holds no members and nothing stands below it; kept with who, when (server day) and why. The area offices above it.',
  })
  dissolvePartyOrganization(@Arg('input', () => DissolvePartyOrganizationInput, { description: 'Which organisation, the version read, and why.' }) input: DissolvePartyOrganizationInput, @Ctx() ctx: PartyContext) {
    return dissolvePartyOrganization(ctx, input);
  }

  @Mutation(() => PartyOrganization, { description: 'Moves an organisation and everything below it under another parent in your area (调整隶属关系). The area offices above it.' })
  movePartyOrganization(@Arg('input', () => MovePartyOrganizationInput, { description: 'Which organisation, the version read, and the new parent.' }) input: MovePartyOrganizationInput, @Ctx() ctx: PartyContext) {
    return movePartyOrganization(ctx, input);
  }
}
