import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../../platform/errors/error-codes.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { recordEvent } from '../../../platform/events/record-event.js';
import type { OwnersContext } from '../owners.loaders.js';
import { AssemblyStatus, MotionStatus } from '../assembly/assembly-kinds.js';
import type { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { ElectorateSnapshot } from '../electorate/electorate-snapshot.entity.js';
import { matterWeight } from '../rules/matter-category.js';
import { publicationDeadline, votingWindowProblem } from '../committee/committee.rules.js';
import { tallyMotion, type BallotChoice } from '../tally/tally.js';
import { thresholdsFor, type VotingThresholds } from '../tally/thresholds.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import { recordResolutionEvents } from '../events/owners.events.js';
import { resolutionTallyColumns } from './resolution-tally.js';
import { Resolution } from './resolution.entity.js';
import { ResolutionPublication } from './resolution-publication.entity.js';

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
    ...resolutionTallyColumns(tally),
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

/**
 * Closes an open motion the caller convenes and tallies it: by the motion's own thresholds (fixed when convened), else
 * the deployment's or the Civil Code's for its district. A retry with the same key returns the resolution it made.
 */
export async function closeMotion(
  ctx: OwnersContext,
  motion: OwnersMotion,
  idempotencyKey: string | undefined,
  jurisdictions: Map<string, VotingThresholds>,
): Promise<Resolution> {
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
    return recordTally(tx, motion, electorate, motion.thresholds ?? thresholdsFor(jurisdictions, motion.districtId), ctx.caller.subject, now, null, key);
  });
}

/** Records a correction of the latest resolution on its motion: the same ballots re-tallied against the latest electorate, by the original's rules. */
export async function recordCorrection(ctx: OwnersContext, original: Resolution, reason: string): Promise<Resolution> {
  const motion = (await ctx.loaders.motion.load(original.motionId))!;
  const latest = (await ctx.loaders.resolutionsOfMotion.load(motion.id)).at(-1)!;
  if (latest.id !== original.id) throw conflict('This resolution has already been corrected; correct the latest one.');
  const electorate = await ctx.em.findOneOrFail(ElectorateSnapshot, { neighborhoodId: motion.neighborhoodId }, { orderBy: { recordedAt: 'desc' } });
  return ctx.em.transactional(async (tx) => {
    await tx.execute('select id from owners.owners_motion where id = ? for update', [motion.id]);
    const newer = await tx.execute<{ id: string }[]>('select id from owners.resolution where corrects_id = ?', [original.id]);
    if (newer.length > 0) throw conflict('This resolution has already been corrected; correct the latest one.');
    return recordTally(tx, motion, electorate, original.thresholds, ctx.caller.subject, ctx.clock.now(), { correctsId: original.id, reason: reason.trim() }, null, original.ruleSetLabel);
  });
}

/** Records a resolution's publication (公示) once, on time or late against its 3-day deadline, with its event. */
export async function recordPublication(ctx: OwnersContext, resolution: Resolution, input: { place: string; idempotencyKey?: string }): Promise<ResolutionPublication> {
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
