import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsUUID, Length } from 'class-validator';
import { Role } from '../../../platform/access/role.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { badUserInput, conflict, forbidden } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord, requireOwnCommittee } from '../access/visible-record.js';
import { pathOf } from '../owners-record.js';
import { CommitteeRole, CommitteeStatus } from '../owners-enums.js';
import { committeeSizeProblem, termProblem } from './committee-rules.js';
import { OwnersCommittee } from './owners-committee.entity.js';
import { CommitteeMember } from './committee-member.entity.js';
import { NegativeListEntry } from './negative-list.entity.js';

@InputType({ description: 'A member elected to the committee, with their post.' })
class ElectedMemberInput {
  @Field(() => ID, { description: 'The person (registry id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => CommitteeRole, { description: 'Post.' })
  @IsEnum(CommitteeRole)
  role!: CommitteeRole;
}

@InputType({ description: 'The result of a committee election (换届选举): the new term and its members.' })
class ReelectOwnersCommitteeInput {
  @Field(() => Date, { description: 'Election day.' })
  @IsDate({ message: 'electedOn must be a date' })
  electedOn!: Date;

  @Field(() => Date, { description: 'Last day of the term: at most 5 years after the election.' })
  @IsDate({ message: 'termEndsOn must be a date' })
  termEndsOn!: Date;

  @Field(() => [ElectedMemberInput], { description: '5 to 11 voting members (an odd number), one DIRECTOR; an executive secretary may be added.' })
  @ArrayMinSize(1, { message: 'members must not be empty' })
  @ArrayMaxSize(12, { message: 'members lists at most 12 people' })
  members!: ElectedMemberInput[];
}

@InputType({ description: "A person added to the street's negative list." })
class AddNegativeListEntryInput {
  @Field(() => ID, { description: 'The street (one of yours).' })
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId!: string;

  @Field(() => ID, { description: 'The person (registry id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => String, { description: 'Why (列入原因).' })
  @Length(2, 300, { message: 'reason must be 2 to 300 characters long' })
  reason!: string;
}

@Resolver()
export class CommitteeElectionResolver {
  @Mutation(() => NegativeListEntry, { description: "Adds a person to the street's negative list for committee candidates (负面清单). STREET of that street." })
  async addNegativeListEntry(
    @Arg('input', () => AddNegativeListEntryInput, { description: 'Who and why.' }) input: AddNegativeListEntryInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<NegativeListEntry> {
    const streetId = input.streetId.toLowerCase();
    if (ctx.caller.role !== Role.STREET || !effectiveGrant(ctx.caller).streetIds.includes(streetId)) {
      throw forbidden('Only the street office keeps its negative list.');
    }
    const entry = ctx.em.create(NegativeListEntry, { streetId, personId: input.personId.toLowerCase(), reason: input.reason.trim(), recordedBy: ctx.caller.subject });
    try {
      await ctx.em.flush();
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict('This person is already on the negative list of this street.');
      throw error;
    }
    return entry;
  }

  @Mutation(() => OwnersCommittee, {
    description:
      'Records the election of the next committee (换届) by the committee in office: 5–11 voting members (odd), one director, a term of at most ' +
      "5 years, every member screened against the street's negative list (refused with the reasons if listed). The old committee's term " +
      'ends; the new one is in office and must file (备案) within 30 days.',
  })
  async reelectOwnersCommittee(
    @Arg('input', () => ReelectOwnersCommitteeInput, { description: 'The new term.' }) input: ReelectOwnersCommitteeInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersCommittee> {
    const current = await requireOwnCommittee(ctx);
    const voting = input.members.filter((member) => member.role !== CommitteeRole.EXECUTIVE_SECRETARY);
    const sizeProblem = committeeSizeProblem(voting.length);
    if (sizeProblem) throw badUserInput(sizeProblem, { field: 'members' });
    if (voting.filter((member) => member.role === CommitteeRole.DIRECTOR).length !== 1) throw badUserInput('A committee has exactly one DIRECTOR.', { field: 'members' });
    const personIds = input.members.map((member) => member.personId.toLowerCase());
    if (new Set(personIds).size !== personIds.length) throw badUserInput('Each person holds one post.', { field: 'members' });
    const term = termProblem(input.electedOn, input.termEndsOn);
    if (term) throw badUserInput(term, { field: 'termEndsOn' });
    if (input.electedOn <= current.electedOn) throw badUserInput('The new election must be later than the current committee\'s.', { field: 'electedOn' });

    const listed = await ctx.em.find(NegativeListEntry, { streetId: current.streetId, personId: { $in: personIds } }, { orderBy: { personId: 'asc' } });
    if (listed.length > 0) {
      throw badUserInput(
        `${listed.length} candidate(s) are on the street's negative list: ${listed.map((entry) => `${entry.personId} (${entry.reason})`).join('; ')}.`,
        { field: 'members', personIds: listed.map((entry) => entry.personId) },
      );
    }
    return ctx.em.transactional(async (tx) => {
      const ended = await tx.execute<{ id: string }[]>(
        "update owners.owners_committee set status = 'TERM_ENDED', version = version + 1 where id = ? and status = 'ACTIVE' returning id",
        [current.id],
      );
      if (ended.length === 0) throw conflict('This committee is no longer in office.');
      const recorded = { ...pathOf(current), recordedBy: ctx.caller.subject };
      const next = tx.create(OwnersCommittee, { ...recorded, electedOn: input.electedOn, termEndsOn: input.termEndsOn, status: CommitteeStatus.ACTIVE });
      input.members.forEach((member, index) => tx.create(CommitteeMember, { ...recorded, committeeId: next.id, personId: personIds[index], role: member.role }));
      await tx.flush();
      return next;
    });
  }

  @Mutation(() => OwnersCommittee, { description: 'Records that a committee filed (备案) with the street. STREET of its street.' })
  async recordOwnersCommitteeFiling(
    @Arg('committeeId', () => ID, { description: 'The committee.' }) committeeId: string,
    @Arg('filedOn', () => Date, { description: 'Day it was filed.' }) filedOn: Date,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersCommittee> {
    const committee = await loadVisibleRecord(ctx, ctx.loaders.committee, 'OwnersCommittee', committeeId, { publicRecord: true });
    if (ctx.caller.role !== Role.STREET || !effectiveGrant(ctx.caller).streetIds.includes(committee.streetId)) {
      throw forbidden('Only the street office of the neighborhood records a filing.');
    }
    if (committee.filedOn) throw conflict('This committee has already filed.');
    if (filedOn < committee.electedOn) throw badUserInput('A committee files after its election.', { field: 'filedOn' });
    if (filedOn > ctx.clock.now()) throw badUserInput('A filing is recorded once it has happened; filedOn is in the future.', { field: 'filedOn' });
    committee.filedOn = filedOn;
    await ctx.em.flush();
    return committee;
  }
}
