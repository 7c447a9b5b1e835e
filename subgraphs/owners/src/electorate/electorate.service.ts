import { createHash } from 'node:crypto';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { readSignedOwnersRoster, type OwnersRosterEntry } from '../../../platform/governance/owners-roster.js';
import { mayRecordElectorateFor, recordsElectorateOf } from '../access/electorate-access.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import type { OwnersContext } from '../owners.loaders.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { areaInHundredths, countOwners, formatHundredths, type ElectorateUnit } from '../tally/tally.js';
import { ElectorateCapture } from './electorate-capture.entity.js';
import { ElectorateSnapshot } from './electorate-snapshot.entity.js';
import type { RecordOwnersElectorateInput } from './electorate.input.js';

/** The roster in a canonical form: units by id, areas with two decimals, owners sorted. */
export function canonicalElectorate(roster: readonly OwnersRosterEntry[]): ElectorateUnit[] {
  return roster
    .map((unit) => ({
      unitId: unit.unitId,
      area: formatHundredths(areaInHundredths(String(unit.area))),
      developerHeld: unit.developerHeld,
      ownerIds: [...unit.ownerIds].sort(),
    }))
    .sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}

const REFUSED = "Only the neighborhood's owners' committee in office, or the street office of its street, records its electorate.";

/**
 * Records the electorate a signed roster vouches for (stored once per distinct roster) and a capture naming it: the
 * latest capture is the electorate the next assembly is convened with. Nothing is stored unless the registry signed
 * the roster, for this neighborhood, within ten minutes, and the caller may record there.
 */
export async function recordElectorate(ctx: OwnersContext, input: RecordOwnersElectorateInput): Promise<ElectorateSnapshot> {
  const neighborhoodId = requireId(input.neighborhoodId, 'neighborhoodId');
  const committee = await ctx.loaders.ownCommittee();
  // Before the roster is read: whoever may not record here learns nothing from it.
  if (!mayRecordElectorateFor(ctx.caller, committee, neighborhoodId)) throw forbidden(REFUSED);
  const key = checkedKey(input.idempotencyKey);
  const retried = await priorWrite(ctx.em, ElectorateCapture, ctx.caller.subject, key, (prior) => prior.neighborhoodId === neighborhoodId);
  if (retried) return ctx.em.findOneOrFail(ElectorateSnapshot, { id: retried.snapshotId });
  // Who votes with which area decides every tally: record only a roster the registry signed, for this place, fresh.
  const roster = readSignedOwnersRoster(input.signedRoster, neighborhoodId, ctx.statementKeys);
  if (!recordsElectorateOf(ctx.caller, committee, roster.place)) throw forbidden(REFUSED);
  const snapshot = await snapshotOf(ctx, roster.place, canonicalElectorate(roster.units));
  ctx.em.create(ElectorateCapture, { ...roster.place, recordedBy: ctx.caller.subject, recordedAt: ctx.clock.now(), snapshotId: snapshot.id, idempotencyKey: key });
  try {
    await ctx.em.flush();
  } catch (error) {
    // The same key sent twice at once: the first one's snapshot is the answer.
    const first = (error as { code?: string }).code === '23505' ? await priorWrite(ctx.em.fork(), ElectorateCapture, ctx.caller.subject, key, () => true) : null;
    if (first) return ctx.em.fork().findOneOrFail(ElectorateSnapshot, { id: first.snapshotId });
    throw error;
  }
  return snapshot;
}

/** The stored snapshot of exactly these units, recorded now if it is new (concurrent copies: the first one). */
async function snapshotOf(ctx: OwnersContext, place: PlacePath<'neighborhood'>, units: ElectorateUnit[]): Promise<ElectorateSnapshot> {
  const contentHash = createHash('sha256').update(JSON.stringify(units)).digest('hex');
  const existing = await ctx.em.findOne(ElectorateSnapshot, { neighborhoodId: place.neighborhoodId, contentHash });
  if (existing) return existing;
  const em = ctx.em.fork();
  const snapshot = em.create(ElectorateSnapshot, {
    ...place,
    recordedBy: ctx.caller.subject,
    recordedAt: ctx.clock.now(),
    contentHash,
    units,
    unitCount: units.length,
    totalArea: formatHundredths(units.reduce((sum, unit) => sum + areaInHundredths(unit.area), 0n)),
    totalOwners: countOwners(units),
  });
  try {
    await em.flush();
    return snapshot;
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    return ctx.em.fork().findOneOrFail(ElectorateSnapshot, { neighborhoodId: place.neighborhoodId, contentHash });
  }
}
