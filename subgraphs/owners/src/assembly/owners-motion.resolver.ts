import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';
import { Resolution } from '../resolution/resolution.entity.js';
import { OwnersAssembly } from './owners-assembly.entity.js';
import { OwnersMotion } from './owners-motion.entity.js';
import { MotionStatus } from './assembly-kinds.js';
import { UnitStub } from '../stubs/registry.stub.js';
import { GovernanceMatterStub } from '../stubs/party.stub.js';
import { ownerPersonOf, readsMotionsAsOwner } from '../ballot/ballot.access.js';

@Resolver(() => OwnersMotion)
export class OwnersMotionResolver {
  @Query(() => OwnersMotion, { description: 'A motion by id (表决事项). Its committee, the area offices, and owners listed in its neighborhood\'s electorate.' })
  ownersMotion(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: OwnersContext): Promise<OwnersMotion> {
    return loadVisibleRecord(ctx, ctx.loaders.motion, 'OwnersMotion', id, { publicRecord: readsMotionsAsOwner(ctx.caller) });
  }

  @Query(() => [OwnersMotion], {
    description: "Open motions you may vote on as an owner (待表决事项): those of assemblies whose electorate lists you. Residents; empty for other roles.",
  })
  async ownersMotionsToVote(@Ctx() ctx: OwnersContext): Promise<OwnersMotion[]> {
    const personId = ownerPersonOf(ctx.caller);
    if (!personId) return [];
    const assemblies = await ctx.em.execute<{ id: string }[]>(
      "select a.id from owners.owners_assembly a join owners.electorate_snapshot e on e.id = a.electorate_id where a.status = 'CONVENED' and e.units @> ?::jsonb",
      [JSON.stringify([{ ownerIds: [personId] }])],
    );
    if (assemblies.length === 0) return [];
    return ctx.em.find(OwnersMotion, { assemblyId: { $in: assemblies.map((row) => row.id) }, status: MotionStatus.OPEN }, { orderBy: { recordedAt: 'asc', position: 'asc' } });
  }

  @FieldResolver(() => [UnitStub], { description: "The units you own in this motion's electorate, which you may vote for (我的可投票专有部分). Empty unless you are a resident owner." })
  async myVotableUnits(@Root() motion: OwnersMotion, @Ctx() ctx: OwnersContext): Promise<UnitStub[]> {
    const personId = ownerPersonOf(ctx.caller);
    if (!personId) return [];
    const assembly = (await ctx.loaders.assembly.load(motion.assemblyId))!;
    const electorate = (await ctx.loaders.electorate.load(assembly.electorateId))!;
    return electorate.units.filter((unit) => unit.ownerIds.includes(personId)).map((unit) => ({ id: unit.unitId }));
  }

  @Directive('@inaccessible')
  @FieldResolver(() => ID, { nullable: true, description: 'The property company the motion concerns (hiring, dismissal, evaluation), for recusal flags from the property subgraph.' })
  concernedCompanyId(@Root() motion: OwnersMotion): string | null {
    return motion.concernedCompanyId;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [ID], { description: "Person ids of the committee's current members, for recusal flags from the property subgraph." })
  async committeeMemberPersonIds(@Root() motion: OwnersMotion, @Ctx() ctx: OwnersContext): Promise<string[]> {
    const assembly = (await ctx.loaders.assembly.load(motion.assemblyId))!;
    const members = assembly.committeeId ? await ctx.loaders.membersOfCommittee.load(assembly.committeeId) : [];
    return [...new Set(members.map((member) => member.personId))];
  }

  @FieldResolver(() => GovernanceMatterStub, {
    nullable: true,
    description: 'The governance matter (议事事项, 三方联动) this motion decides (决议), or null for the committee\'s own motions.',
  })
  governanceMatter(@Root() motion: OwnersMotion): GovernanceMatterStub | null {
    return motion.governanceMatterId ? { id: motion.governanceMatterId } : null;
  }

  @FieldResolver(() => OwnersAssembly, { description: 'The assembly it is put to (所属会议).' })
  async assembly(@Root() motion: OwnersMotion, @Ctx() ctx: OwnersContext): Promise<OwnersAssembly> {
    return (await ctx.loaders.assembly.load(motion.assemblyId))!;
  }

  @FieldResolver(() => Resolution, { nullable: true, description: 'The resolution in force on it: the latest correction, or the original; null while open (for owners: until published).' })
  async resolution(@Root() motion: OwnersMotion, @Ctx() ctx: OwnersContext): Promise<Resolution | null> {
    const latest = (await ctx.loaders.resolutionsOfMotion.load(motion.id)).at(-1) ?? null;
    // Owners reading the motion see its resolution once published, as everywhere else.
    if (!latest || !(await ctx.loaders.scope()).publishedOnly) return latest;
    return (await ctx.loaders.publicationOfResolution.load(latest.id)).length > 0 ? latest : null;
  }
}
