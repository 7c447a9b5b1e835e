import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { PageArgs, type Page } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';
import { scopeWhere } from '../access/owners-scope.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import { NegativeListEntry } from '../committee/negative-list.entity.js';
import { PreparatoryGroup, PreparatoryGroupStatus } from './preparatory-group.entity.js';
import { PreparatoryGroupMember, PreparatoryMemberKind } from './preparatory-group-member.entity.js';
import { DissolveOwnersPreparatoryGroupInput, FormOwnersPreparatoryGroupInput, OwnersPreparatoryGroupFilter } from './preparatory-group.input.js';
import { preparatoryGroupProblem } from './preparatory-group.rules.js';
import { requireFormingStreet } from './preparatory-group.access.js';
import { certifiedNeighborhood, latestElectorate, requireNoActingCommittee } from './preparatory-place.js';
import { OwnersPreparatoryGroupConnection } from './preparatory-group.type.js';

const ACTIVE_TAKEN = 'This neighborhood already has an active preparatory group; dissolve it first.';

@Resolver(() => PreparatoryGroup)
export class PreparatoryGroupResolver {
  @Query(() => PreparatoryGroup, { description: 'A preparatory group by id (筹备组). Area offices of its neighborhood and its committee.' })
  ownersPreparatoryGroup(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: OwnersContext): Promise<PreparatoryGroup> {
    return loadVisibleRecord(ctx, ctx.loaders.preparatoryGroup, 'OwnersPreparatoryGroup', id);
  }

  @Query(() => OwnersPreparatoryGroupConnection, { description: 'Preparatory groups you may read, newest first by forming time (筹备组列表): area offices within their area, a committee for its neighborhood.' })
  async ownersPreparatoryGroups(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OwnersPreparatoryGroupFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: OwnersPreparatoryGroupFilter | undefined,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<PreparatoryGroup>> {
    const scope = await ctx.loaders.scope();
    const conditions: Record<string, unknown>[] = [scope.publishedOnly ? { id: { $in: [] } } : scopeWhere(scope)];
    if (filter?.neighborhoodId) conditions.push({ neighborhoodId: requireId(filter.neighborhoodId, 'neighborhoodId') });
    if (filter?.streetId) conditions.push({ streetId: requireId(filter.streetId, 'streetId') });
    if (filter?.status) conditions.push({ status: filter.status });
    return findPage(ctx.em, PreparatoryGroup, { $and: conditions } as FilterQuery<PreparatoryGroup>, page, 'formedAt');
  }

  @FieldResolver(() => [PreparatoryGroupMember], { description: 'Its members (筹备组成员), the leader first.' })
  members(@Root() group: PreparatoryGroup, @Ctx() ctx: OwnersContext): Promise<PreparatoryGroupMember[]> {
    return ctx.loaders.membersOfPreparatoryGroup.load(group.id);
  }

  @Mutation(() => PreparatoryGroup, {
    description:
      "Forms the preparatory group for a neighborhood's first owners' assembly (成立筹备组): STREET of the neighborhood's street, for a " +
      'neighborhood with no committee in office that can act. An odd number of members, owners\' representatives at least half (each an owner ' +
      "in the electorate the street recorded with `recordOwnersElectorate`, none on the street's negative list), the developer, the street " +
      "office (its representative leads) and the residents' committee.",
  })
  async formOwnersPreparatoryGroup(
    @Arg('input', () => FormOwnersPreparatoryGroupInput, { description: 'The neighborhood and the members.' }) input: FormOwnersPreparatoryGroupInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<PreparatoryGroup> {
    const place = certifiedNeighborhood(ctx, input.placeCertificate);
    requireFormingStreet(ctx.caller, place);
    const key = checkedKey(input.idempotencyKey);
    const retried = await priorWrite(ctx.em, PreparatoryGroup, ctx.caller.subject, key, (prior) => prior.neighborhoodId === place.neighborhoodId);
    if (retried) return retried;
    const members = input.members.map((member) => ({ personId: member.personId.toLowerCase(), kind: member.kind, leads: member.leads ?? false }));
    const problem = preparatoryGroupProblem(members);
    if (problem) throw badUserInput(problem, { field: 'members' });
    await requireNoActingCommittee(ctx, place.neighborhoodId);
    if (await ctx.em.count(PreparatoryGroup, { neighborhoodId: place.neighborhoodId, status: PreparatoryGroupStatus.ACTIVE })) throw conflict(ACTIVE_TAKEN);
    const electorate = await latestElectorate(ctx, place.neighborhoodId);
    if (!electorate) throw conflict('No electorate is recorded for this neighborhood: the street office records it first with recordOwnersElectorate (from neighborhood { signedOwnersRoster }).');
    const owners = new Set(electorate.units.flatMap((unit) => unit.ownerIds));
    const notOwners = members.flatMap((member, index) => (member.kind === PreparatoryMemberKind.OWNER_REPRESENTATIVE && !owners.has(member.personId) ? [index] : []));
    if (notOwners.length > 0) {
      throw badUserInput(`An owners' representative owns a unit in the neighborhood; members[${notOwners.join('], members[')}] do not in its electorate.`, { field: 'members' });
    }
    const listed = await ctx.em.count(NegativeListEntry, { streetId: place.streetId, personId: { $in: members.filter((m) => m.kind === PreparatoryMemberKind.OWNER_REPRESENTATIVE).map((m) => m.personId) } });
    if (listed > 0) throw badUserInput(`${listed} owners' representative(s) are on the street's negative list.`, { field: 'members' });

    const now = ctx.clock.now();
    const recorded = { ...place, recordedBy: ctx.caller.subject, recordedAt: now };
    const group = ctx.em.create(PreparatoryGroup, { ...recorded, formedAt: now, idempotencyKey: key });
    for (const member of members) ctx.em.create(PreparatoryGroupMember, { ...recorded, groupId: group.id, ...member });
    try {
      await ctx.em.flush();
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        const first = await priorWrite(ctx.em.fork(), PreparatoryGroup, ctx.caller.subject, key, () => true);
        if (first) return first;
        throw conflict(ACTIVE_TAKEN);
      }
      throw error;
    }
    return group;
  }

  @Mutation(() => PreparatoryGroup, { description: 'Dissolves a preparatory group with the reason (解散筹备组); the record stays. STREET of its street, while no election it convened is open.' })
  async dissolveOwnersPreparatoryGroup(
    @Arg('input', () => DissolveOwnersPreparatoryGroupInput, { description: 'Which, why, and the version you read.' }) input: DissolveOwnersPreparatoryGroupInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<PreparatoryGroup> {
    const group = await loadVisibleRecord(ctx, ctx.loaders.preparatoryGroup, 'OwnersPreparatoryGroup', input.groupId);
    requireFormingStreet(ctx.caller, group);
    if (group.status !== PreparatoryGroupStatus.ACTIVE) throw conflict('This preparatory group has already ended.');
    if (group.version !== input.expectedVersion) throw conflict('This preparatory group changed since you read it; read it again.', { field: 'expectedVersion' });
    const open = await ctx.em.execute<{ id: string }[]>("select id from owners.owners_election where preparatory_group_id = ? and status = 'OPEN'", [group.id]);
    if (open.length > 0) throw conflict('An election this group convened is still open; close it before dissolving the group.');
    const ended = await ctx.em.execute<{ id: string }[]>(
      "update owners.owners_preparatory_group set status = 'DISSOLVED', ended_at = ?, ended_by = ?, dissolution_reason = ?, version = version + 1 where id = ? and version = ? and status = 'ACTIVE' returning id",
      [ctx.clock.now(), ctx.caller.subject, input.reason.trim(), group.id, input.expectedVersion],
    );
    if (ended.length === 0) throw conflict('This preparatory group changed since you read it; read it again.', { field: 'expectedVersion' });
    return ctx.em.fork().findOneOrFail(PreparatoryGroup, { id: group.id });
  }
}
