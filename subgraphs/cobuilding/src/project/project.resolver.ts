/* eslint-disable max-lines -- holds its inputs, object types and workflow beside the resolver; to be split per role (.input.ts, .service.ts) under issue #20 once its access checks have moved to policy files */
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Connection, PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput, conflict, forbidden, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { actingUnitId, assertManagesArea } from '../access/area-management.js';
import { isInScope } from '../access/cobuilding-scope.js';
import { updateIf } from '../../../platform/orm/conditional-update.js';
import { CommunityStub, NeighborhoodStub } from '../place/place.stub.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { Need } from '../lists/need.entity.js';
import { CobuildingNeedStatus } from '../lists/need-status.js';
import { Resource } from '../lists/resource.entity.js';
import { loadVisibleNeed } from '../lists/need.resolver.js';
import { CoBuildingProject } from './project.entity.js';
import { CobuildingProjectStatus } from './project-status.js';
import { assertCancellable, assertProjectStep, CANCELLABLE_STAGES, requiredStageBefore } from './project-lifecycle.js';
import { placeForMatter } from './matter-link.js';
import { MatterStep } from '../../../platform/access/matter-certificate.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { isActivePairing } from '../pairing/pairing-period.js';
import { todayInChina } from '../../../platform/calendar/calendar-day.js';
import { GovernanceMatterStub } from '../governance/governance-matter.stub.js';
import { recordProjectServesMatter } from '../events/cobuilding-events.js';
import { assertMayCancelAsOffice, cancelsAsUnit } from './project.access.js';
@ObjectType('CoBuildingProjectConnection', { description: 'A page of co-building projects.' })
class ProjectConnection extends Connection(CoBuildingProject) {}

@InputType({ description: "A project (项目) putting one of your unit's resources to a need." })
class CreateCoBuildingProjectInput {
  @Field(() => ID, { description: 'The need it serves; it must be in a place your unit is paired with.' })
  @IsUUID('all', { message: 'needId must be an id' })
  needId!: string;

  @Field(() => ID, { description: "The resource it uses: one of your unit's active resources." })
  @IsUUID('all', { message: 'resourceId must be an id' })
  resourceId!: string;

  @Field(() => String, { description: 'Name, 1–100 characters.' })
  @Length(1, 100, { message: 'title must be 1 to 100 characters long' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The governance matter (议事事项) the project serves, as the party subgraph certifies it: `GovernanceMatter.linkCertificate` while the matter's next step is SERVE (服务). The matter must be about the need's neighborhood (or, for a need of the whole community, a neighborhood of that community).",
  })
  @IsOptional()
  @Length(1, 2000, { message: 'matterCertificate must be 1 to 2000 characters long' })
  matterCertificate?: string;
}

@InputType({ description: 'A project’s evaluation by the community (项目评价).' })
class EvaluateCoBuildingProjectInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'Rating from 1 (poor) to 5 (excellent) (满意度).' })
  @IsInt()
  @Min(1, { message: 'rating must be 1 to 5' })
  @Max(5, { message: 'rating must be 1 to 5' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'Comment, up to 2000 characters.' })
  @IsOptional()
  @Length(1, 2000, { message: 'comment must be 1 to 2000 characters long' })
  comment?: string;
}

@InputType({ description: 'Stopping a project before it is done (终止项目).' })
class CancelCoBuildingProjectInput {
  @Field(() => ID, { description: 'The project; it must be PLANNED or IN_PROGRESS.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { description: 'Why it stops (终止原因), 1–500 characters.' })
  @Length(1, 500, { message: 'reason must be 1 to 500 characters long' })
  reason!: string;
}

@InputType('CoBuildingProjectFilter', { description: 'Which projects to list; all conditions must hold.' })
class ProjectFilter {
  @Field(() => CobuildingProjectStatus, { nullable: true, description: 'Only projects at this stage.' })
  @IsOptional()
  @IsEnum(CobuildingProjectStatus)
  status?: CobuildingProjectStatus;

  @Field(() => ID, { nullable: true, description: 'Only projects in this community.' })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only projects of this unit.' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be an id' })
  unitId?: string;
}

async function loadVisibleProject(ctx: CobuildingContext, id: string): Promise<CoBuildingProject> {
  const project = await ctx.loaders.project.load(requireId(id));
  if (!project || !isInScope(ctx.loaders.scope.project, project)) throw notFound('CoBuildingProject', id);
  return project;
}

/** A project the caller's own unit runs (JOINT_UNIT only). */
async function loadOwnProject(ctx: CobuildingContext, id: string, what: string): Promise<CoBuildingProject> {
  const unitId = actingUnitId(ctx.caller, what);
  const project = await loadVisibleProject(ctx, id);
  if (project.unitId !== unitId) throw forbidden('This project is run by another unit: a unit manages only its own projects.');
  return project;
}

/**
 * A unit runs projects only in a community it has a pairing with (the community itself or one of its
 * neighborhoods, 包保) in force today; the token's grant alone is not enough, as for volunteer activities.
 */
async function assertPairedToday(ctx: CobuildingContext, unitId: string, communityId: string): Promise<void> {
  const today = todayInChina(ctx.clock.now());
  const pairings = await ctx.em.find(Pairing, { unitId, communityId });
  if (!pairings.some((pairing) => isActivePairing(pairing, today))) {
    throw forbidden('Your unit has no pairing in force with this community: a unit runs projects only where it is paired.');
  }
}

/** Moves a project one stage on, in one conditional statement; a concurrent or out-of-order move gets CONFLICT. */
async function step(ctx: CobuildingContext, project: CoBuildingProject, next: CobuildingProjectStatus, changes: Partial<CoBuildingProject>) {
  assertProjectStep(project.status, next);
  const updated = await updateIf(ctx.em, CoBuildingProject, project, { status: requiredStageBefore(next)! }, { ...changes, status: next });
  if (!updated) {
    assertProjectStep(project.status, next);
    throw conflict('This project was changed by someone else just now: reload it.');
  }
  return updated;
}

@Resolver(() => CoBuildingProject)
export class CoBuildingProjectResolver {
  @Query(() => CoBuildingProject, { description: 'A co-building project by id (共建项目), if you may read it.' })
  coBuildingProject(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: CobuildingContext): Promise<CoBuildingProject> {
    return loadVisibleProject(ctx, id);
  }

  @Query(() => ProjectConnection, { description: 'The projects list (项目清单) you may read, by title.' })
  coBuildingProjects(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: ProjectFilter | undefined,
    @Ctx() ctx: CobuildingContext,
  ) {
    const where = {
      $and: [
        filter?.status ? { status: filter.status } : {},
        filter?.communityId ? { communityId: filter.communityId.toLowerCase() } : {},
        filter?.unitId ? { unitId: filter.unitId.toLowerCase() } : {},
        ctx.loaders.visible<CoBuildingProject>('project'),
      ],
    };
    return findPage(ctx.em, CoBuildingProject, where, page, 'title');
  }

  @FieldResolver(() => JointBuildingUnit, { description: 'The unit running it.' })
  async unit(@Root() project: CoBuildingProject, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit> {
    return (await ctx.loaders.unit.load(project.unitId))!;
  }

  @FieldResolver(() => Need, { description: 'The need it serves.' })
  async need(@Root() project: CoBuildingProject, @Ctx() ctx: CobuildingContext): Promise<Need> {
    return (await ctx.loaders.need.load(project.needId))!;
  }

  @FieldResolver(() => Resource, { description: 'The resource it uses.' })
  async resource(@Root() project: CoBuildingProject, @Ctx() ctx: CobuildingContext): Promise<Resource> {
    return (await ctx.loaders.resource.load(project.resourceId))!;
  }

  @FieldResolver(() => CommunityStub, { description: 'The community it serves.' })
  community(@Root() project: CoBuildingProject): CommunityStub {
    return { id: project.communityId };
  }

  @FieldResolver(() => NeighborhoodStub, { nullable: true, description: 'The neighborhood it serves, if one.' })
  neighborhood(@Root() project: CoBuildingProject): NeighborhoodStub | null {
    return project.neighborhoodId ? { id: project.neighborhoodId } : null;
  }

  @FieldResolver(() => GovernanceMatterStub, { nullable: true, description: 'The governance matter (议事事项) it serves (三议一服务的服务), if one.' })
  governanceMatter(@Root() project: CoBuildingProject): GovernanceMatterStub | null {
    return project.governanceMatterId ? { id: project.governanceMatterId } : null;
  }

  @Mutation(() => CoBuildingProject, {
    description:
      "Plans a project putting your unit's resource to a need (立项), optionally serving a governance matter (议事事项). JOINT_UNIT, for needs in communities it is paired with today.",
  })
  async createCoBuildingProject(
    @Arg('input', () => CreateCoBuildingProjectInput, { description: 'What to record.' }) input: CreateCoBuildingProjectInput,
    @Ctx() ctx: CobuildingContext,
  ): Promise<CoBuildingProject> {
    const unitId = actingUnitId(ctx.caller, 'plan projects');
    const matter = input.matterCertificate === undefined || input.matterCertificate === null ? null : ctx.readMatterCertificate(input.matterCertificate, MatterStep.SERVE);
    const need = await loadVisibleNeed(ctx, input.needId);
    const resource = await ctx.loaders.resource.load(requireId(input.resourceId, 'resourceId'));
    if (!resource) throw notFound('CobuildingResource', input.resourceId);
    if (resource.unitId !== unitId) throw forbidden('This resource belongs to another unit: a unit plans projects only with its own resources.');
    if (!resource.active) throw conflict('This resource has been withdrawn: offer it again or choose another.');
    if (need.status !== CobuildingNeedStatus.OPEN) throw conflict(`This need is ${need.status}: plan projects only for open needs.`, { status: need.status });
    const place = matter ? placeForMatter(need, matter) : need;
    await assertPairedToday(ctx, unitId, place.communityId);
    const project = ctx.em.create(CoBuildingProject, {
      title: input.title.trim(),
      needId: need.id,
      resourceId: resource.id,
      unitId,
      districtId: place.districtId,
      streetId: place.streetId,
      communityId: place.communityId,
      neighborhoodId: place.neighborhoodId,
      governanceMatterId: matter?.matterId.toLowerCase() ?? null,
    });
    recordProjectServesMatter(ctx.em, project);
    await ctx.em.flush();
    return project;
  }

  @Mutation(() => CoBuildingProject, { description: 'Starts a planned project (开始实施). JOINT_UNIT for its own projects.' })
  async startCoBuildingProject(@Arg('id', () => ID, { description: 'The project.' }) id: string, @Ctx() ctx: CobuildingContext) {
    const project = await loadOwnProject(ctx, id, 'start projects');
    return step(ctx, project, CobuildingProjectStatus.IN_PROGRESS, { startedAt: ctx.clock.now() });
  }

  @Mutation(() => CoBuildingProject, { description: 'Completes a project in progress, counting who benefited (完成). JOINT_UNIT for its own projects.' })
  async completeCoBuildingProject(
    @Arg('id', () => ID, { description: 'The project.' }) id: string,
    @Arg('beneficiaries', () => Int, { description: 'People who benefited (受益人数), 0 to 1,000,000.' }) beneficiaries: number,
    @Ctx() ctx: CobuildingContext,
  ) {
    const project = await loadOwnProject(ctx, id, 'complete projects');
    if (!Number.isInteger(beneficiaries) || beneficiaries < 0 || beneficiaries > 1_000_000) {
      throw badUserInput('beneficiaries must be a whole number from 0 to 1000000.', { field: 'beneficiaries' });
    }
    return step(ctx, project, CobuildingProjectStatus.COMPLETED, { completedAt: ctx.clock.now(), beneficiaries });
  }

  @Mutation(() => CoBuildingProject, { description: 'Evaluates a completed project (评价). COMMUNITY, STREET or DISTRICT of its area.' })
  async evaluateCoBuildingProject(
    @Arg('input', () => EvaluateCoBuildingProjectInput, { description: 'The evaluation.' }) input: EvaluateCoBuildingProjectInput,
    @Ctx() ctx: CobuildingContext,
  ) {
    const project = await loadVisibleProject(ctx, input.id);
    assertManagesArea(ctx.caller, project, 'evaluate projects');
    return step(ctx, project, CobuildingProjectStatus.EVALUATED, { evaluatedAt: ctx.clock.now(), rating: input.rating, evaluation: input.comment?.trim() ?? null });
  }

  @Mutation(() => CoBuildingProject, {
    description:
      'Cancels a planned or running project (终止), with a reason; a governance matter it serves counts it as failed. JOINT_UNIT for its own projects, or COMMUNITY, STREET or DISTRICT of its area.',
  })
  async cancelCoBuildingProject(
    @Arg('input', () => CancelCoBuildingProjectInput, { description: 'Which project, and why.' }) input: CancelCoBuildingProjectInput,
    @Ctx() ctx: CobuildingContext,
  ): Promise<CoBuildingProject> {
    const asUnit = cancelsAsUnit(ctx.caller);
    const project = asUnit ? await loadOwnProject(ctx, input.id, 'cancel projects') : await loadVisibleProject(ctx, input.id);
    if (!asUnit) assertMayCancelAsOffice(ctx.caller, project);
    assertCancellable(project.status);
    const changes = { status: CobuildingProjectStatus.CANCELLED, cancelledAt: ctx.clock.now(), cancellationReason: input.reason.trim() };
    const updated = await updateIf(ctx.em, CoBuildingProject, project, { status: { $in: [...CANCELLABLE_STAGES] } }, changes);
    if (!updated) {
      assertCancellable(project.status);
      throw conflict('This project was changed by someone else just now: reload it.');
    }
    return updated;
  }
}


export const coBuildingProjectReference = {
  __resolveReference: (reference: { id: string }, ctx: CobuildingContext) => loadVisibleProject(ctx, reference.id),
};

@Resolver(() => NeighborhoodStub)
export class NeighborhoodProjectsResolver {
  @FieldResolver(() => [CoBuildingProject], { description: 'Co-building projects serving this neighborhood (共建项目) that you may read.' })
  projects(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: CobuildingContext): Promise<CoBuildingProject[]> {
    return ctx.loaders.projectsOfNeighborhood.load(requireId(neighborhood.id));
  }
}
