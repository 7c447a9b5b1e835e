/* eslint-disable max-lines -- holds its inputs, object types and raw-SQL tally workflow beside the resolver; to be split per role (.input.ts, .service.ts) under issue #20 once its access checks have moved to policy files */
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import { Connection, PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { OwnersContext } from '../owners.loaders.js';
import { inScope, scopeWhere } from '../access/owners-scope.js';
import { loadVisibleRecord, requireOwnCommittee } from '../access/visible-record.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { requireAssemblyConvener } from '../access/assembly-convener.js';
import { AssemblyStatus, MotionStatus } from '../assembly/assembly-kinds.js';
import { matterWeight } from '../rules/matter-category.js';
import { ResolutionOutcome } from './resolution-outcome.js';
import { publicationDeadline, votingWindowProblem } from '../committee/committee-rules.js';
import { NeighborhoodStub } from '../stubs/foreign.stub.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { ElectorateSnapshot } from '../electorate/electorate-snapshot.entity.js';
import { formatHundredths, tallyMotion, type BallotChoice } from '../tally/tally.js';
import { thresholdsFor, type Threshold, type VotingThresholds } from '../tally/thresholds.js';
import { Resolution } from './resolution.entity.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import { ResolutionPublication } from './resolution-publication.entity.js';
import { recordResolutionEvents } from '../events/owners-events.js';
import { recordEvent } from '../../../platform/events/record-event.js';

@ObjectType('OwnersThreshold', { description: 'A voting threshold as a fraction (表决比例): at least (inclusive) or more than numerator/denominator.' })
export class OwnersThreshold {
  @Field(() => Int, { description: 'Numerator.' })
  numerator!: number;

  @Field(() => Int, { description: 'Denominator.' })
  denominator!: number;

  @Field(() => Boolean, { description: 'True: at least (≥); false: more than (>).' })
  inclusive!: boolean;
}

@InputType({ description: 'Publishing a resolution (公示).' })
class PublishResolutionInput {
  @Field(() => ID, { description: 'The resolution.' })
  @IsUUID('all', { message: 'resolutionId must be an id' })
  resolutionId!: string;

  @Field(() => String, { description: 'Where and how it is posted (公示方式), e.g. 小区公告栏及业主群.' })
  @Length(1, 300, { message: 'place must be 1 to 300 characters long' })
  place!: string;

  @Field(() => String, { nullable: true, description: 'A key unique to this submission (8–100 letters, digits, - or _): a retry with the same key returns the first publication.' })
  @IsOptional()
  idempotencyKey?: string;
}

@InputType({ description: 'A correction of a resolution (决议更正): re-tallied against the latest electorate the committee recorded.' })
class CorrectResolutionInput {
  @Field(() => ID, { description: 'The resolution corrected.' })
  @IsUUID('all', { message: 'resolutionId must be an id' })
  resolutionId!: string;

  @Field(() => String, { description: 'Why (更正理由), e.g. the registry corrected a unit area.' })
  @Length(5, 2000, { message: 'reason must be 5 to 2000 characters long' })
  reason!: string;
}

@ObjectType('ResolutionConnection', { description: 'A page of resolutions.' })
class ResolutionConnection extends Connection(Resolution) {}

@InputType({ description: 'Which resolutions to list; all conditions must hold.' })
class ResolutionFilter {
  @Field(() => ID, { nullable: true, description: 'Only resolutions of this neighborhood.' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => ID, { nullable: true, description: 'Only resolutions of this street.' })
  @IsOptional()
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId?: string;

  @Field(() => ResolutionOutcome, { nullable: true, description: 'Only this outcome.' })
  @IsOptional()
  @IsEnum(ResolutionOutcome)
  outcome?: ResolutionOutcome;
}

/** Tallies a closed motion's ballots against an electorate and stores the resolution, inside the caller's transaction. */
async function recordTally(
  tx: EntityManager,
  motion: OwnersMotion,
  electorate: ElectorateSnapshot,
  thresholds: VotingThresholds,
  recordedBy: string,
  decidedAt: Date,
  correction: { correctsId: string; reason: string } | null,
  idempotencyKey: string | null = null,
  ruleSet: string | null = motion.ruleSetLabel,
): Promise<Resolution> {
  // Each unit's ballot as corrected before closing: a correction's choice, a voided ballot not at all.
  const rows = await tx.execute<{ unit_id: string; choice: BallotChoice }[]>(
    `select b.unit_id, coalesce(c.corrected_choice, b.choice) as choice
       from owners.owners_ballot b left join owners.owners_ballot_correction c on c.ballot_id = b.id
      where b.motion_id = ? and (c.id is null or c.corrected_choice is not null)`,
    [motion.id],
  );
  const weight = matterWeight(motion.category);
  const tally = tallyMotion(electorate.units, new Map(rows.map((row) => [row.unit_id, row.choice])), weight, thresholds);
  const resolution = tx.create(Resolution, {
    ...pathOf(motion),
    recordedBy,
    recordedAt: decidedAt,
    motionId: motion.id,
    electorateId: electorate.id,
    title: motion.title,
    category: motion.category,
    special: weight === 'SPECIAL',
    outcome: tally.outcome as ResolutionOutcome,
    totalArea: formatHundredths(tally.totalArea),
    totalOwners: tally.totalOwners,
    participatingArea: formatHundredths(tally.participatingArea),
    participatingOwners: tally.participatingOwners,
    approvingArea: formatHundredths(tally.approvingArea),
    approvingOwners: tally.approvingOwners,
    quorumMet: tally.quorumMet,
    thresholds,
    decidedAt,
    correctsId: correction?.correctsId ?? null,
    correctionReason: correction?.reason ?? null,
    idempotencyKey,
    ruleSetLabel: ruleSet,
  });
  recordResolutionEvents(tx, resolution, motion);
  await tx.flush();
  return resolution;
}

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
    const key = checkedKey(idempotencyKey);
    const retried = await priorWrite(ctx.em, Resolution, ctx.caller.subject, key, (prior) => prior.motionId === motion.id && prior.correctsId === null);
    if (retried) return retried;
    if (motion.status !== MotionStatus.OPEN) throw conflict('This motion is already closed; its resolution stands (record a correction instead).');
    const assembly = (await ctx.loaders.assembly.load(motion.assemblyId))!;
    const now = ctx.clock.now();
    if (assembly.status === AssemblyStatus.CANCELLED) throw conflict('This assembly has been cancelled; its motions are not decided.');
    const early = votingWindowProblem(now, assembly.meetsOn, 'close');
    if (early) throw conflict(early);
    const electorate = (await ctx.loaders.electorate.load(assembly.electorateId))!;
    return ctx.em.transactional(async (tx) => {
      const closed = await tx.execute<{ id: string }[]>(
        "update owners.owners_motion set status = 'CLOSED', version = version + 1 where id = ? and status = 'OPEN' returning id",
        [motion.id],
      );
      if (closed.length === 0) throw conflict('This motion is already closed; its resolution stands (record a correction instead).');
      return recordTally(tx, motion, electorate, motion.thresholds ?? thresholdsFor(this.jurisdictions, motion.districtId), ctx.caller.subject, now, null, key);
    });
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
    const motion = (await ctx.loaders.motion.load(original.motionId))!;
    const latest = (await ctx.loaders.resolutionsOfMotion.load(motion.id)).at(-1)!;
    if (latest.id !== original.id) throw conflict('This resolution has already been corrected; correct the latest one.');
    const electorate = await ctx.em.findOneOrFail(ElectorateSnapshot, { neighborhoodId: motion.neighborhoodId }, { orderBy: { recordedAt: 'desc' } });
    return ctx.em.transactional(async (tx) => {
      await tx.execute('select id from owners.owners_motion where id = ? for update', [motion.id]);
      const newer = await tx.execute<{ id: string }[]>('select id from owners.resolution where corrects_id = ?', [original.id]);
      if (newer.length > 0) throw conflict('This resolution has already been corrected; correct the latest one.');
      return recordTally(tx, motion, electorate, original.thresholds, ctx.caller.subject, ctx.clock.now(), { correctsId: original.id, reason: input.reason.trim() }, null, original.ruleSetLabel);
    });
  }

  @Mutation(() => ResolutionPublication, { description: 'Records the publication (公示) of a resolution, due within 3 days of the decision. The committee only; once.' })
  async publishResolution(
    @Arg('input', () => PublishResolutionInput, { description: 'Which and where.' }) input: PublishResolutionInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<ResolutionPublication> {
    const resolution = await loadVisibleResolution(ctx, input.resolutionId);
    const motionOf = (await ctx.loaders.motion.load(resolution.motionId))!;
    await requireAssemblyConvener(ctx, (await ctx.loaders.assembly.load(motionOf.assemblyId))!);
    const key = checkedKey(input.idempotencyKey);
    const retried = await priorWrite(ctx.em, ResolutionPublication, ctx.caller.subject, key, (prior) => prior.resolutionId === resolution.id);
    if (retried) return retried;
    if ((await ctx.loaders.publicationOfResolution.load(resolution.id)).length > 0) throw conflict('This resolution has already been published.');
    const now = ctx.clock.now();
    const dueBy = publicationDeadline(resolution.decidedAt);
    const publication = ctx.em.create(ResolutionPublication, {
      ...pathOf(resolution),
      recordedBy: ctx.caller.subject,
      recordedAt: now,
      resolutionId: resolution.id,
      dueBy,
      onTime: now <= dueBy,
      place: input.place.trim(),
      idempotencyKey: key,
    });
    recordEvent(ctx.em, { type: 'owners.resolution.published', place: resolution, recordType: 'Resolution', recordId: resolution.id, detail: publication.onTime ? 'ON_TIME' : 'LATE' });
    try {
      await ctx.em.flush();
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict('This resolution has already been published.');
      throw error;
    }
    return publication;
  }
}


/** A resolution the caller may read: in scope and, for published-only readers, published. */
export async function loadVisibleResolution(ctx: OwnersContext, id: string): Promise<Resolution> {
  const resolution = await ctx.loaders.resolution.load(requireId(id));
  const scope = await ctx.loaders.scope();
  if (!resolution || !inScope(scope, resolution)) throw notFound('Resolution', id);
  if (scope.publishedOnly && (await ctx.loaders.publicationOfResolution.load(resolution.id)).length === 0) throw notFound('Resolution', id);
  return resolution;
}

@Resolver(() => NeighborhoodStub)
export class NeighborhoodResolutionsResolver {
  @FieldResolver(() => [Resolution], { description: "Resolutions of the owners' assembly you may read, newest first (业主大会决议). Property companies and residents: published only." })
  resolutions(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: OwnersContext): Promise<Resolution[]> {
    return ctx.loaders.resolutionsOfNeighborhood.load(neighborhood.id);
  }
}

