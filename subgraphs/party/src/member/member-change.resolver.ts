import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { PartyMember } from './member.entity.js';
import { PartyMemberTransfer } from './member-transfer.entity.js';
import { ConvertProbationaryMemberInput, TransferPartyMemberInput } from './member-change.input.js';
import { convertProbationaryMember, transferPartyMember } from './member-change.service.js';

@Resolver(() => PartyMember)
export class PartyMemberChangeResolver {
  @FieldResolver(() => [PartyMemberTransfer], { description: 'Every transfer of this membership, oldest first (组织关系转接记录). Whoever may see the membership.' })
  transfers(@Root() member: PartyMember, @Ctx() ctx: PartyContext): Promise<PartyMemberTransfer[]> {
    return ctx.loaders.transfersOfMember.load(member.id);
  }

  @Mutation(() => PartyMember, {
    description:
      "Transfers a membership (组织关系转接) to another organisation in your area, or out of the system with a reason; the history is kept. The party office responsible for both ends.",
  })
  transferPartyMember(@Arg('input', () => TransferPartyMemberInput, { description: 'Which membership, the version read, where to and why.' }) input: TransferPartyMemberInput, @Ctx() ctx: PartyContext) {
    return transferPartyMember(ctx, input);
  }

  @Mutation(() => PartyMember, { description: "Converts a probationary member to formal (转正), on the server's day and only after the one-year probation. The member's party office." })
  convertProbationaryMember(@Arg('input', () => ConvertProbationaryMemberInput, { description: 'Which membership and the version read.' }) input: ConvertProbationaryMemberInput, @Ctx() ctx: PartyContext) {
    return convertProbationaryMember(ctx, input);
  }
}
