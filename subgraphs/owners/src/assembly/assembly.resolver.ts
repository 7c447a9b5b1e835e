import { ElectorateCapture } from '../electorate/electorate-capture.entity.js';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';
import { requireConveningCommittee } from '../committee/committee-convening.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { assemblyNoticeProblem } from '../committee/committee-rules.js';
import { ElectorateSnapshot } from '../electorate/electorate-snapshot.entity.js';
import { Resolution } from '../resolution/resolution.entity.js';
import { OwnersAssembly } from './owners-assembly.entity.js';
import { OwnersMotion } from './owners-motion.entity.js';
import { ConveneOwnersAssemblyInput } from './assembly.input.js';
import { AssemblyNoticeKind, MotionStatus } from './assembly-kinds.js';
import { OwnersAssemblyNotice } from './assembly-notice.entity.js';
import { UnitStub } from '../stubs/registry.stub.js';
import { MatterStep, type CertifiedMatter } from '../../../platform/access/matter-certificate.js';
import { GovernanceMatterStub } from '../stubs/party.stub.js';
import { checkCertificateUnused, isConcurrentUse, recordCertificateUse } from '../governance/certificate-use.js';
import { ownerPersonOf, readsMotionsAsOwner } from '../access/ballot-access.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import { thresholdsFor, type VotingThresholds } from '../tally/thresholds.js';
import { rulesInForce } from '../rules/rules-in-force.service.js';
import { motionThresholds } from '../rules/voting-rules.js';
import { recordMotionLinked } from '../events/owners-events.js';

/**
 * The governance matter a motion's certificate vouches for (step RESOLVE: the joint meeting agreed it and it awaits
 * the owners' decision), which must be a matter of the committee's own neighborhood.
 */
function certifiedMatterOf(ctx: OwnersContext, certificate: string, neighborhoodId: string, index: number): CertifiedMatter {
  const matter = ctx.readMatterCertificate(certificate, MatterStep.RESOLVE);
  if (matter.neighborhoodId !== neighborhoodId) {
    throw badUserInput(
      `motions[${index}].matterCertificate is for a governance matter of another neighborhood; an owners' committee puts to its assembly only matters of its own neighborhood.`,
      { field: `motions[${index}].matterCertificate` },
    );
  }
  return matter;
}

@Resolver(() => OwnersAssembly)
export class OwnersAssemblyResolver {
  constructor(private readonly jurisdictions: Map<string, VotingThresholds>) {}

  @Query(() => OwnersAssembly, { description: "An owners' assembly by id (业主大会会议). Its committee, the area offices, and owners listed in its neighborhood's electorate." })
  ownersAssembly(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: OwnersContext): Promise<OwnersAssembly> {
    return loadVisibleRecord(ctx, ctx.loaders.assembly, 'OwnersAssembly', id, { publicRecord: readsMotionsAsOwner(ctx.caller) });
  }

  @FieldResolver(() => [OwnersMotion], { description: 'The agenda, in order (议程).' })
  motions(@Root() assembly: OwnersAssembly, @Ctx() ctx: OwnersContext): Promise<OwnersMotion[]> {
    return ctx.loaders.motionsOfAssembly.load(assembly.id);
  }

  @FieldResolver(() => [OwnersAssemblyNotice], { description: 'Every notice given about it, oldest first: convening, postponements, cancellation (会议公告).' })
  notices(@Root() assembly: OwnersAssembly, @Ctx() ctx: OwnersContext): Promise<OwnersAssemblyNotice[]> {
    return ctx.loaders.noticesOfAssembly.load(assembly.id);
  }

  @FieldResolver(() => ElectorateSnapshot, { description: 'The electorate fixed when it was convened: who may vote, what tallies count against (业主名册).' })
  async electorate(@Root() assembly: OwnersAssembly, @Ctx() ctx: OwnersContext): Promise<ElectorateSnapshot> {
    return (await ctx.loaders.electorate.load(assembly.electorateId))!;
  }

  @Mutation(() => OwnersAssembly, {
    description:
      "Convenes an owners' assembly with its motions. The notice is given now (the server's time); the assembly meets at least 15 days later, " +
      'and ballots are accepted from `meetsOn` until each motion is closed. The electorate is the latest ' +
      'snapshot recorded with `recordOwnersElectorate`. The committee of the neighborhood only.',
  })
  async conveneOwnersAssembly(
    @Arg('input', () => ConveneOwnersAssemblyInput, { description: 'The assembly and its agenda.' }) input: ConveneOwnersAssemblyInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersAssembly> {
    const { committee } = await requireConveningCommittee(ctx);
    const key = checkedKey(input.idempotencyKey);
    const retried = await priorWrite(ctx.em, OwnersAssembly, ctx.caller.subject, key, (prior) => prior.title === input.title.trim() && prior.meetsOn.getTime() === input.meetsOn.getTime());
    if (retried) return retried;
    const noticeAt = ctx.clock.now();
    const noticeProblem = assemblyNoticeProblem(noticeAt, input.meetsOn);
    if (noticeProblem) throw badUserInput(noticeProblem, { field: 'meetsOn' });
    const matters = input.motions.map((motion, index) => (motion.matterCertificate ? certifiedMatterOf(ctx, motion.matterCertificate, committee.neighborhoodId, index) : null));
    const matterIds = matters.flatMap((matter) => (matter ? [matter.matterId] : []));
    if (new Set(matterIds).size !== matterIds.length) {
      throw badUserInput('Two motions of this agenda link the same governance matter; put each matter to the assembly once.', { field: 'motions' });
    }
    for (const [index, matter] of matters.entries()) if (matter) await checkCertificateUnused(ctx, matter, index);
    // The roster in force is the one the registry reported last (a roster that went back to an earlier state counts
    // against that earlier snapshot again).
    const [capture] = await ctx.em.find(ElectorateCapture, { neighborhoodId: committee.neighborhoodId }, { orderBy: { recordedAt: 'desc', id: 'desc' }, limit: 1 });
    const electorate = capture ? await ctx.loaders.electorate.load(capture.snapshotId) : null;
    if (!electorate) {
      throw conflict('No electorate has been recorded for this neighborhood: record it with recordOwnersElectorate (from neighborhood { signedOwnersRoster }) first.');
    }
    const recorded = { ...pathOf(committee), recordedBy: ctx.caller.subject, recordedAt: noticeAt };
    // The rules in force when the notice is given decide every motion of this assembly, whatever changes later.
    // A street's rules (delegated by its district) over the district's, category by category.
    const ruleSet = await rulesInForce(ctx, committee, noticeAt);
    const base = thresholdsFor(this.jurisdictions, committee.districtId);
    const label = ruleSet ? ruleSet.label : this.jurisdictions.has(committee.districtId) ? 'OWNERS_VOTING_THRESHOLDS（部署配置）' : '民法典第二百七十八条';
    const assembly = ctx.em.create(OwnersAssembly, {
      ...recorded,
      committeeId: committee.id,
      title: input.title.trim(),
      form: input.form,
      noticeOn: noticeAt,
      meetsOn: input.meetsOn,
      electorateId: electorate.id,
      idempotencyKey: key,
    });
    ctx.em.create(OwnersAssemblyNotice, { ...recorded, assemblyId: assembly.id, kind: AssemblyNoticeKind.CONVENED, meetsOn: input.meetsOn });
    const motions = input.motions.map((motion, index) =>
      recordMotionLinked(ctx.em, ctx.em.create(OwnersMotion, {
        ...recorded,
        assemblyId: assembly.id,
        position: index + 1,
        title: motion.title.trim(),
        description: motion.description?.trim() ?? null,
        category: motion.category,
        governanceMatterId: matters[index]?.matterId ?? null,
        concernedCompanyId: matters[index]?.concernedCompanyId ?? null,
        thresholds: motionThresholds(base, motion.category, ruleSet?.rules ?? null),
        ruleSetLabel: label,
      })),
    );
    recordCertificateUse(ctx, recorded, matters.flatMap((matter, index) => (matter ? [{ matter, motionId: motions[index].id }] : [])));
    try {
      await ctx.em.flush();
    } catch (error) {
      // The same key sent twice at once: the first one's assembly is the answer.
      const first = (error as { code?: string }).code === '23505' ? await priorWrite(ctx.em.fork(), OwnersAssembly, ctx.caller.subject, key, () => true) : null;
      if (first) return first;
      if (isConcurrentUse(error)) throw conflict('A certificate of this agenda was used by another request at the same moment; read a new linkCertificate from the matter.', { field: 'motions' });
      throw error;
    }
    return assembly;
  }
}

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
