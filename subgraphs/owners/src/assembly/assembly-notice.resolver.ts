import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord, requireOwnCommittee } from '../access/visible-record.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { assemblyNoticeProblem } from '../committee/committee.rules.js';
import { AssemblyNoticeKind, AssemblyStatus } from './assembly-kinds.js';
import { OwnersAssembly } from './owners-assembly.entity.js';
import { OwnersAssemblyNotice } from './assembly-notice.entity.js';
import { CancelOwnersAssemblyInput, PostponeOwnersAssemblyInput } from './assembly.input.js';

/** The assembly the caller's committee convened, still standing and not yet met (by the server's clock). */
async function loadChangeableAssembly(ctx: OwnersContext, assemblyId: string, now: Date): Promise<OwnersAssembly> {
  const assembly = await loadVisibleRecord(ctx, ctx.loaders.assembly, 'OwnersAssembly', assemblyId);
  await requireOwnCommittee(ctx, assembly.neighborhoodId);
  if (assembly.status === AssemblyStatus.CANCELLED) throw conflict('This assembly has been cancelled; convene a new one.');
  if (now >= assembly.meetsOn) throw conflict(`This assembly met at ${assembly.meetsOn.toISOString()}; it can no longer be postponed or cancelled.`);
  return assembly;
}

/**
 * Moves or ends an assembly with the stated reason, under the same version the caller read (a concurrent change is
 * CONFLICT), and records the notice. Only before it meets, so no ballot exists yet.
 */
async function recordNotice(ctx: OwnersContext, assembly: OwnersAssembly, notice: Pick<OwnersAssemblyNotice, 'kind' | 'meetsOn' | 'reason'>, now: Date): Promise<OwnersAssembly> {
  return ctx.em.transactional(async (tx) => {
    const changed = await tx.execute<{ id: string }[]>(
      `update owners.owners_assembly set status = ?, notice_on = ?, meets_on = ?, version = version + 1
        where id = ? and version = ? and status = 'CONVENED' and meets_on > ? returning id`,
      [
        notice.kind === AssemblyNoticeKind.CANCELLED ? AssemblyStatus.CANCELLED : AssemblyStatus.CONVENED,
        notice.kind === AssemblyNoticeKind.CANCELLED ? assembly.noticeOn : now,
        notice.meetsOn ?? assembly.meetsOn,
        assembly.id,
        assembly.version,
        now,
      ],
    );
    if (changed.length === 0) throw conflict('This assembly changed meanwhile (or has met); read it again.');
    tx.create(OwnersAssemblyNotice, { ...pathOf(assembly), recordedBy: ctx.caller.subject, recordedAt: now, assemblyId: assembly.id, ...notice });
    await tx.flush();
    return (await tx.findOneOrFail(OwnersAssembly, { id: assembly.id }, { refresh: true }))!;
  });
}

@Resolver(() => OwnersAssembly)
export class OwnersAssemblyNoticeResolver {
  @Mutation(() => OwnersAssembly, {
    description:
      "Postpones an assembly that has not met (会议延期), with the reason: a new notice is given now, and the new time is at least 15 days later. " +
      'The committee that convened it only.',
  })
  async postponeOwnersAssembly(
    @Arg('input', () => PostponeOwnersAssemblyInput, { description: 'The assembly, its new time and why.' }) input: PostponeOwnersAssemblyInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersAssembly> {
    const now = ctx.clock.now();
    const assembly = await loadChangeableAssembly(ctx, input.assemblyId, now);
    const problem = assemblyNoticeProblem(now, input.meetsOn);
    if (problem) throw badUserInput(problem, { field: 'meetsOn' });
    return recordNotice(ctx, assembly, { kind: AssemblyNoticeKind.POSTPONED, meetsOn: input.meetsOn, reason: input.reason.trim() }, now);
  }

  @Mutation(() => OwnersAssembly, {
    description: 'Cancels an assembly that has not met (取消会议), with the reason; its motions accept no ballots. The committee that convened it only.',
  })
  async cancelOwnersAssembly(
    @Arg('input', () => CancelOwnersAssemblyInput, { description: 'The assembly and why.' }) input: CancelOwnersAssemblyInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersAssembly> {
    const now = ctx.clock.now();
    const assembly = await loadChangeableAssembly(ctx, input.assemblyId, now);
    return recordNotice(ctx, assembly, { kind: AssemblyNoticeKind.CANCELLED, meetsOn: null, reason: input.reason.trim() }, now);
  }
}
