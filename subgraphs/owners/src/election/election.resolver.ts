import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { conflict } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { PageArgs, type Page } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';
import { scopeWhere } from '../access/owners-scope.js';
import { readsMotionsAsOwner } from '../ballot/ballot.access.js';
import { requireAssemblyConvener } from '../access/assembly-convener.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import type { VotingThresholds } from '../tally/thresholds.js';
import { OwnersAssembly } from '../assembly/owners-assembly.entity.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { PreparatoryGroup } from '../formation/preparatory-group.entity.js';
import { OwnersElection, ElectionStatus } from './owners-election.entity.js';
import { ElectionCandidate } from './election-candidate.entity.js';
import { ConveneOwnersElectionInput, OwnersElectionFilter } from './election.input.js';
import { createElection, electionConvener } from './election-convening.service.js';
import { decideElection } from './election-closing.service.js';
import { OwnersElectionConnection } from './election.type.js';

/** Elections are read like assemblies: committee, area offices, and owners listed in the neighborhood's electorate (公示 of candidates and results). */
const readable = (ctx: OwnersContext) => ({ publicRecord: readsMotionsAsOwner(ctx.caller) });

@Resolver(() => OwnersElection)
export class OwnersElectionResolver {
  constructor(private readonly jurisdictions: Map<string, VotingThresholds>) {}

  @Query(() => OwnersElection, { description: 'A committee election by id (业委会选举). Its committee, the area offices, and owners listed in its electorate.' })
  ownersElection(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: OwnersContext): Promise<OwnersElection> {
    return loadVisibleRecord(ctx, ctx.loaders.election, 'OwnersElection', id, readable(ctx));
  }

  @Query(() => OwnersElectionConnection, { description: 'Committee elections you may read, oldest first by convening time (业委会选举列表), filtered by neighborhood, street, kind or state.' })
  async ownersElections(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OwnersElectionFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: OwnersElectionFilter | undefined,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<OwnersElection>> {
    const scope = await ctx.loaders.scope();
    const conditions: Record<string, unknown>[] = [scope.publishedOnly && !readsMotionsAsOwner(ctx.caller) ? { id: { $in: [] } } : scopeWhere(scope)];
    if (filter?.neighborhoodId) conditions.push({ neighborhoodId: requireId(filter.neighborhoodId, 'neighborhoodId') });
    if (filter?.streetId) conditions.push({ streetId: requireId(filter.streetId, 'streetId') });
    if (filter?.kind) conditions.push({ kind: filter.kind });
    if (filter?.status) conditions.push({ status: filter.status });
    return findPage(ctx.em, OwnersElection, { $and: conditions } as FilterQuery<OwnersElection>, page, 'recordedAt');
  }

  @FieldResolver(() => OwnersAssembly, { description: 'The assembly it is held at (选举会议): its notice, meeting time and motions.' })
  async assembly(@Root() election: OwnersElection, @Ctx() ctx: OwnersContext): Promise<OwnersAssembly> {
    return (await ctx.loaders.assembly.load(election.assemblyId))!;
  }

  @FieldResolver(() => [ElectionCandidate], { description: 'The candidates in list order (候选人名单), each with the motion owners vote on.' })
  candidates(@Root() election: OwnersElection, @Ctx() ctx: OwnersContext): Promise<ElectionCandidate[]> {
    return ctx.loaders.candidatesOfElection.load(election.id);
  }

  @FieldResolver(() => PreparatoryGroup, { nullable: true, description: 'The preparatory group that convened it (筹备组); null when the committee did, or for owners.' })
  async preparatoryGroup(@Root() election: OwnersElection, @Ctx() ctx: OwnersContext): Promise<PreparatoryGroup | null> {
    if (!election.preparatoryGroupId || (await ctx.loaders.scope()).publishedOnly) return null;
    return ctx.loaders.preparatoryGroup.load(election.preparatoryGroupId);
  }

  @FieldResolver(() => OwnersCommittee, { nullable: true, description: 'The committee it put in office or completed (当选业委会); null unless PASSED.' })
  async electedCommittee(@Root() election: OwnersElection, @Ctx() ctx: OwnersContext): Promise<OwnersCommittee | null> {
    return election.electedCommitteeId ? ctx.loaders.committee.load(election.electedCommitteeId) : null;
  }

  @Mutation(() => OwnersElection, {
    description:
      "Convenes an owners' assembly that elects committee members (选举业委会): one ELECT_COMMITTEE motion per candidate (and, for FIRST, the rules " +
      'of procedure and the management covenant). The notice is given now; it meets at least 15 days later. FIRST: a preparatory group ' +
      '(street or community office) for a neighborhood without a committee in office. REELECTION: the committee in office. BY_ELECTION: the ' +
      'committee in office, or the preparatory group where the committee cannot convene. Seats 5–11, odd.',
  })
  async conveneOwnersElection(
    @Arg('input', () => ConveneOwnersElectionInput, { description: 'The assembly, the seats and the candidates.' }) input: ConveneOwnersElectionInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersElection> {
    const convener = await electionConvener(ctx, input);
    const key = checkedKey(input.idempotencyKey);
    const retried = await priorWrite(ctx.em, OwnersElection, ctx.caller.subject, key, (prior) => prior.kind === input.kind && prior.seats === input.seats && prior.neighborhoodId === convener.path.neighborhoodId);
    if (retried) return retried;
    const election = await createElection(ctx, input, convener, this.jurisdictions, key);
    try {
      await ctx.em.flush();
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      const first = await priorWrite(ctx.em.fork(), OwnersElection, ctx.caller.subject, key, () => true);
      if (first) return first;
      throw conflict('An election is already open in this neighborhood; decide it (closeOwnersElection) first.');
    }
    return election;
  }

  @Mutation(() => OwnersElection, {
    description:
      'Decides an election (确定选举结果) once every candidate\'s motion is closed, by the counting rule: a candidate needs their own motion ' +
      'PASSED (Art. 278 double majority: exactly half is not enough, abstentions count for the quorum, not for approval); winners rank by ' +
      'approving area, then approving owners; the largest number of winners that makes an odd committee of 5–11 without splitting a tie ' +
      'across the last seat take the seats, else it FAILS. A FIRST election also needs its rules of procedure and management covenant PASSED. ' +
      'Whoever convened it; a retry by the same account returns the decided election.',
  })
  async closeOwnersElection(@Arg('electionId', () => ID, { description: 'The election.' }) electionId: string, @Ctx() ctx: OwnersContext): Promise<OwnersElection> {
    const election = await loadVisibleRecord(ctx, ctx.loaders.election, 'OwnersElection', electionId);
    await requireAssemblyConvener(ctx, (await ctx.loaders.assembly.load(election.assemblyId))!);
    if (election.status !== ElectionStatus.OPEN) {
      if (election.decidedBy === ctx.caller.subject) return election;
      throw conflict('This election has already been decided.');
    }
    return decideElection(ctx, election);
  }
}
