import { ElectorateCapture } from '../electorate/electorate-capture.entity.js';
import type { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { assemblyNoticeProblem } from '../committee/committee.rules.js';
import { OwnersAssembly } from './owners-assembly.entity.js';
import { OwnersMotion } from './owners-motion.entity.js';
import type { ConveneOwnersAssemblyInput } from './assembly.input.js';
import { AssemblyNoticeKind } from './assembly-kinds.js';
import { OwnersAssemblyNotice } from './assembly-notice.entity.js';
import { MatterStep, type CertifiedMatter } from '../../../platform/access/matter-certificate.js';
import { checkCertificateUnused, isConcurrentUse, recordCertificateUse } from '../governance/certificate-use.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import { thresholdsFor, type VotingThresholds } from '../tally/thresholds.js';
import { rulesInForce } from '../rules/rules-in-force.service.js';
import { motionThresholds } from '../rules/voting-rules.rules.js';
import { recordMotionLinked } from '../events/owners.events.js';

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

/**
 * Convenes an owners' assembly of the committee's neighborhood with its agenda: the notice now, the electorate the
 * registry reported last, the voting rules in force now for every motion, and each linked matter's certificate used
 * once. A retry with the same key returns the first assembly.
 */
export async function conveneAssembly(
  ctx: OwnersContext,
  committee: OwnersCommittee,
  input: ConveneOwnersAssemblyInput,
  jurisdictions: Map<string, VotingThresholds>,
): Promise<OwnersAssembly> {
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
  const base = thresholdsFor(jurisdictions, committee.districtId);
  const label = ruleSet ? ruleSet.label : jurisdictions.has(committee.districtId) ? 'OWNERS_VOTING_THRESHOLDS（部署配置）' : '民法典第二百七十八条';
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
