import { createHash } from 'node:crypto';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict, forbidden } from '../../../platform/errors/error-codes.js';
import { checkOwnersRoster } from '../../../platform/governance/owners-roster.js';
import type { OwnersContext } from '../owners.loaders.js';
import type { NeighborhoodPath } from '../owners-record.js';
import { NeighborhoodStub } from '../stubs/foreign.stub.js';
import { areaInHundredths, countOwners, formatHundredths } from '../tally/tally.js';
import { ElectorateSnapshot } from '../electorate/electorate-snapshot.entity.js';
import { ElectorateCapture } from '../electorate/electorate-capture.entity.js';
import { canonicalElectorate } from '../electorate/electorate.resolver.js';
import { committeeInOffice } from '../committee/committee-convening.js';
import { committeeSizeProblem } from '../committee/committee-rules.js';
import { requirePreparatoryWork } from './preparatory-group.access.js';

/** The place a neighborhood's certificate proves, which must be that neighborhood's. */
export function certifiedNeighborhood(ctx: OwnersContext, certificate: string, neighborhoodId?: string): NeighborhoodPath {
  const place = ctx.readPlaceCertificate(certificate);
  if (!place.neighborhoodId || (neighborhoodId !== undefined && place.neighborhoodId !== neighborhoodId)) {
    throw badUserInput("placeCertificate must be this neighborhood's own (neighborhood { placeCertificate }).", { field: 'placeCertificate' });
  }
  return { neighborhoodId: place.neighborhoodId, communityId: place.communityId, streetId: place.streetId, districtId: place.districtId };
}

/** Preparatory work is for a neighborhood without a committee that can act: none in office, or one below 5 members or even. */
export async function requireNoActingCommittee(ctx: OwnersContext, neighborhoodId: string): Promise<void> {
  const sitting = await committeeInOffice(ctx.em, neighborhoodId);
  if (sitting && committeeSizeProblem(sitting.members.length) === null) {
    throw conflict("This neighborhood's committee is in office and constituted; it records its electorate and convenes its own assemblies.");
  }
}

@Resolver(() => NeighborhoodStub)
export class PreparatoryElectorateResolver {
  @Directive('@requires(fields: "ownersRoster { unitId area developerHeld ownerIds } ownersRosterAttestation")')
  @FieldResolver(() => ElectorateSnapshot, {
    description:
      "Fixes the electorate (确认业主名册) for the preparatory work of a neighborhood without a committee that can act: the registry's " +
      'signed roster now, recorded as a snapshot (stored once per distinct roster). Preparatory-group members and candidates are checked ' +
      'against it, and the assembly the group convenes counts against it. The street or community office of the neighborhood only.',
  })
  async ownersPreparatoryElectorate(
    @Root() neighborhood: NeighborhoodStub,
    @Arg('placeCertificate', () => String, { description: "The neighborhood's placeCertificate from the registry (所在位置证明): proves its community, street and district." })
    placeCertificate: string,
    @Ctx() ctx: OwnersContext,
  ): Promise<ElectorateSnapshot> {
    const place = certifiedNeighborhood(ctx, placeCertificate, neighborhood.id);
    requirePreparatoryWork(ctx.caller, place);
    await requireNoActingCommittee(ctx, place.neighborhoodId);
    if (!neighborhood.ownersRoster) throw forbidden("The owners' roster did not arrive from the registry; query through the gateway.");
    checkOwnersRoster(place.neighborhoodId, neighborhood.ownersRoster, neighborhood.ownersRosterAttestation, ctx.statementKeys);
    const units = canonicalElectorate(neighborhood.ownersRoster);
    const contentHash = createHash('sha256').update(JSON.stringify(units)).digest('hex');
    const recorded = { ...place, recordedBy: ctx.caller.subject };
    let snapshot = await ctx.em.findOne(ElectorateSnapshot, { neighborhoodId: place.neighborhoodId, contentHash });
    if (!snapshot) {
      const totalArea = units.reduce((sum, unit) => sum + areaInHundredths(unit.area), 0n);
      snapshot = ctx.em.create(ElectorateSnapshot, { ...recorded, contentHash, units, unitCount: units.length, totalArea: formatHundredths(totalArea), totalOwners: countOwners(units) });
      try {
        await ctx.em.flush();
      } catch (error) {
        if ((error as { code?: string }).code !== '23505') throw error;
        snapshot = await ctx.em.fork().findOneOrFail(ElectorateSnapshot, { neighborhoodId: place.neighborhoodId, contentHash });
      }
    }
    const em = ctx.em.fork();
    em.create(ElectorateCapture, { ...recorded, snapshotId: snapshot.id });
    await em.flush();
    return snapshot;
  }
}

/** The electorate in force for a neighborhood: the snapshot its latest capture matched, or null. */
export async function latestElectorate(ctx: OwnersContext, neighborhoodId: string): Promise<ElectorateSnapshot | null> {
  const [capture] = await ctx.em.find(ElectorateCapture, { neighborhoodId }, { orderBy: { recordedAt: 'desc', id: 'desc' }, limit: 1 });
  return capture ? ctx.loaders.electorate.load(capture.snapshotId) : null;
}
