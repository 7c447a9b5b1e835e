import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { OwnersContext } from '../owners.loaders.js';
import { scopeWhere } from '../access/owners-scope.js';
import { loadVisibleRecord, requireOwnCommittee } from '../access/visible-record.js';
import { requireAssemblyConvener } from '../access/assembly-convener.js';
import { publicationDeadline } from '../committee/committee.rules.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { ElectorateSnapshot } from '../electorate/electorate-snapshot.entity.js';
import type { Threshold, VotingThresholds } from '../tally/thresholds.js';
import { Resolution } from './resolution.entity.js';
import { ResolutionPublication } from './resolution-publication.entity.js';
import { closeMotion, recordCorrection, recordPublication } from './resolution.service.js';
import { loadVisibleResolution } from './resolution.access.js';
import { CorrectResolutionInput, PublishResolutionInput, ResolutionFilter } from './resolution.input.js';
import { OwnersThreshold } from '../tally/owners-threshold.type.js';
import { ResolutionConnection } from './resolution.type.js';

@Resolver(() => Resolution)
export class ResolutionResolver {
  constructor(private readonly jurisdictions: Map<string, VotingThresholds>) {}

  @Query(() => Resolution, { description: 'A resolution by id (决议). Property companies and residents see published ones only.' })
  async resolution(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: OwnersContext): Promise<Resolution> {
    return loadVisibleResolution(ctx, id);
  }

  @Query(() => ResolutionConnection, {
    description: 'Resolutions you may read, by title (决议列表): areas within their area, committees their own, property companies and residents published ones.',
  })
  async resolutions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ResolutionFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: ResolutionFilter | undefined,
    @Ctx() ctx: OwnersContext,
  ) {
    const scope = await ctx.loaders.scope();
    const conditions: Record<string, unknown>[] = [scopeWhere(scope)];
    if (filter?.neighborhoodId) conditions.push({ neighborhoodId: filter.neighborhoodId.toLowerCase() });
    if (filter?.streetId) conditions.push({ streetId: filter.streetId.toLowerCase() });
    if (filter?.outcome) conditions.push({ outcome: filter.outcome });
    if (scope.publishedOnly) {
      const published = await ctx.em.find(ResolutionPublication, { $and: [scopeWhere(scope)] } as FilterQuery<ResolutionPublication>, { fields: ['resolutionId'] });
      conditions.push({ id: { $in: published.map((publication) => publication.resolutionId) } });
    }
    return findPage(ctx.em, Resolution, { $and: conditions } as FilterQuery<Resolution>, page, 'title');
  }

  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood (小区).' })
  neighborhood(@Root() resolution: Resolution): NeighborhoodStub {
    return { id: resolution.neighborhoodId };
  }

  @FieldResolver(() => ElectorateSnapshot, { description: 'The electorate it was counted against, unit by unit, so anyone can re-check it (业主名册).' })
  async electorate(@Root() resolution: Resolution, @Ctx() ctx: OwnersContext): Promise<ElectorateSnapshot> {
    return (await ctx.loaders.electorate.load(resolution.electorateId))!;
  }

  @FieldResolver(() => OwnersThreshold, { description: 'Quorum applied, of total area AND owners (参与表决比例).' })
  quorumThreshold(@Root() resolution: Resolution): Threshold {
    return resolution.thresholds.quorum;
  }

  @FieldResolver(() => OwnersThreshold, { description: 'Approval threshold applied, of participating area AND owners (通过比例).' })
  approvalThreshold(@Root() resolution: Resolution): Threshold {
    return resolution.special ? resolution.thresholds.special : resolution.thresholds.ordinary;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The resolution this one corrects (更正的决议), if it is a correction.' })
  correctsId(@Root() resolution: Resolution): string | null {
    return resolution.correctsId;
  }

  @FieldResolver(() => ResolutionPublication, { nullable: true, description: 'Its publication (公示), or null if not yet published.' })
  async publication(@Root() resolution: Resolution, @Ctx() ctx: OwnersContext): Promise<ResolutionPublication | null> {
    return (await ctx.loaders.publicationOfResolution.load(resolution.id))[0] ?? null;
  }

  @FieldResolver(() => Date, { description: 'Publication is due by then: 3 days after the decision (公示期限).' })
  publicationDueBy(@Root() resolution: Resolution): Date {
    return publicationDeadline(resolution.decidedAt);
  }

  @Mutation(() => Resolution, {
    description:
      "Closes an open motion and tallies it by law against the assembly's electorate: the resolution carries the whole breakdown and " +
      'PASSED, FAILED or NO_QUORUM. No ballot is accepted afterwards. The committee of the neighborhood only.',
  })
  async closeOwnersMotion(
    @Arg('motionId', () => ID, { description: 'The motion.' }) motionId: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: 'A key unique to this close (8–100 letters, digits, - or _): a retry with it returns the resolution the close made.' })
    idempotencyKey: string | undefined,
    @Ctx() ctx: OwnersContext,
  ): Promise<Resolution> {
    const motion = await loadVisibleRecord(ctx, ctx.loaders.motion, 'OwnersMotion', motionId);
    await requireAssemblyConvener(ctx, (await ctx.loaders.assembly.load(motion.assemblyId))!);
    return closeMotion(ctx, motion, idempotencyKey, this.jurisdictions);
  }

  @Mutation(() => Resolution, {
    description:
      'Records a correction (更正): a new resolution that names the one it corrects, re-tallied from the same ballots against the latest ' +
      'electorate the committee recorded. The original stays unchanged. The committee of the neighborhood only.',
  })
  async correctResolution(
    @Arg('input', () => CorrectResolutionInput, { description: 'What to correct and why.' }) input: CorrectResolutionInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<Resolution> {
    const original = await loadVisibleResolution(ctx, input.resolutionId);
    await requireOwnCommittee(ctx, original.neighborhoodId);
    return recordCorrection(ctx, original, input.reason);
  }

  @Mutation(() => ResolutionPublication, { description: 'Records the publication (公示) of a resolution, due within 3 days of the decision. The committee only; once.' })
  async publishResolution(
    @Arg('input', () => PublishResolutionInput, { description: 'Which and where.' }) input: PublishResolutionInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<ResolutionPublication> {
    const resolution = await loadVisibleResolution(ctx, input.resolutionId);
    const motionOf = (await ctx.loaders.motion.load(resolution.motionId))!;
    await requireAssemblyConvener(ctx, (await ctx.loaders.assembly.load(motionOf.assemblyId))!);
    return recordPublication(ctx, resolution, input);
  }
}

