import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CommunityStub, NeighborhoodStub } from '../stubs/registry.stub.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { Need } from '../lists/need.entity.js';
import { Resource } from '../lists/resource.entity.js';
import { CoBuildingProject } from './project.entity.js';
import { GovernanceMatterStub } from '../stubs/party.stub.js';
import { CancelCoBuildingProjectInput, CreateCoBuildingProjectInput, EvaluateCoBuildingProjectInput, ProjectFilter } from './project.input.js';
import { loadVisibleProject } from './project-lookup.js';
import { cancelProject, completeProject, evaluateProject, planProject, startProject } from './project.service.js';
import { ProjectConnection } from './project.type.js';

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
    return planProject(ctx, input);
  }

  @Mutation(() => CoBuildingProject, { description: 'Starts a planned project (开始实施). JOINT_UNIT for its own projects.' })
  async startCoBuildingProject(@Arg('id', () => ID, { description: 'The project.' }) id: string, @Ctx() ctx: CobuildingContext) {
    return startProject(ctx, id);
  }

  @Mutation(() => CoBuildingProject, { description: 'Completes a project in progress, counting who benefited (完成). JOINT_UNIT for its own projects.' })
  async completeCoBuildingProject(
    @Arg('id', () => ID, { description: 'The project.' }) id: string,
    @Arg('beneficiaries', () => Int, { description: 'People who benefited (受益人数), 0 to 1,000,000.' }) beneficiaries: number,
    @Ctx() ctx: CobuildingContext,
  ) {
    return completeProject(ctx, id, beneficiaries);
  }

  @Mutation(() => CoBuildingProject, { description: 'Evaluates a completed project (评价). COMMUNITY, STREET or DISTRICT of its area.' })
  async evaluateCoBuildingProject(
    @Arg('input', () => EvaluateCoBuildingProjectInput, { description: 'The evaluation.' }) input: EvaluateCoBuildingProjectInput,
    @Ctx() ctx: CobuildingContext,
  ) {
    return evaluateProject(ctx, input);
  }

  @Mutation(() => CoBuildingProject, {
    description:
      'Cancels a planned or running project (终止), with a reason; a governance matter it serves counts it as failed. JOINT_UNIT for its own projects, or COMMUNITY, STREET or DISTRICT of its area.',
  })
  async cancelCoBuildingProject(
    @Arg('input', () => CancelCoBuildingProjectInput, { description: 'Which project, and why.' }) input: CancelCoBuildingProjectInput,
    @Ctx() ctx: CobuildingContext,
  ): Promise<CoBuildingProject> {
    return cancelProject(ctx, input);
  }
}
