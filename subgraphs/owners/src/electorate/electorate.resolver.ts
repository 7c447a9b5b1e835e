import type { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { ElectorateCapture } from './electorate-capture.entity.js';
import { createHash } from 'node:crypto';
import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { NeighborhoodStub, PersonStub, UnitStub, type OwnersRosterUnit } from '../stubs/foreign.stub.js';
import { pathOf } from '../owners-record.js';
import { areaInHundredths, countOwners, formatHundredths, type ElectorateUnit } from '../tally/tally.js';
import { ElectorateSnapshot } from './electorate-snapshot.entity.js';
import { requireOwnCommittee } from '../access/visible-record.js';
import { checkOwnersRoster } from '../../../platform/governance/owners-roster.js';

/** The roster in a canonical form: units by id, areas with two decimals, owners sorted. */
export function canonicalElectorate(roster: readonly OwnersRosterUnit[]): ElectorateUnit[] {
  return roster
    .map((unit) => ({
      unitId: unit.unitId,
      area: formatHundredths(areaInHundredths(String(unit.area))),
      developerHeld: unit.developerHeld,
      ownerIds: [...unit.ownerIds].sort(),
    }))
    .sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}

@Resolver(() => NeighborhoodStub)
export class ElectorateResolver {
  @Directive('@requires(fields: "ownersRoster { unitId area developerHeld ownerIds } ownersRosterAttestation")')
  @FieldResolver(() => ElectorateSnapshot, {
    description:
      "The neighborhood's electorate (业主名册) as the registry holds it now, recorded as a snapshot (stored once per distinct roster). " +
      "The next assembly the committee convenes counts against the latest snapshot. Its own owners' committee only.",
  })
  async ownersElectorate(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: OwnersContext): Promise<ElectorateSnapshot> {
    const committee = await requireOwnCommittee(ctx, neighborhood.id);
    if (!neighborhood.ownersRoster) throw forbidden("The owners' roster did not arrive from the registry; query through the gateway.");
    // Who votes with which area decides every tally: record only a roster the registry signed, fresh.
    checkOwnersRoster(committee.neighborhoodId, neighborhood.ownersRoster, neighborhood.ownersRosterAttestation, ctx.statementKeys);
    const units = canonicalElectorate(neighborhood.ownersRoster);
    const contentHash = createHash('sha256').update(JSON.stringify(units)).digest('hex');
    const existing = await ctx.em.findOne(ElectorateSnapshot, { neighborhoodId: committee.neighborhoodId, contentHash });
    if (existing) return this.captured(ctx, committee, existing);
    const totalArea = units.reduce((sum, unit) => sum + areaInHundredths(unit.area), 0n);
    const snapshot = ctx.em.create(ElectorateSnapshot, {
      ...pathOf(committee),
      recordedBy: ctx.caller.subject,
      contentHash,
      units,
      unitCount: units.length,
      totalArea: formatHundredths(totalArea),
      totalOwners: countOwners(units),
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      // The same roster recorded concurrently by another request: return that one.
      if ((error as { code?: string }).code !== '23505') throw error;
      const concurrent = await ctx.em.fork().findOneOrFail(ElectorateSnapshot, { neighborhoodId: committee.neighborhoodId, contentHash });
      return this.captured(ctx, committee, concurrent);
    }
    return this.captured(ctx, committee, snapshot);
  }

  /** Records that the registry's roster matched `snapshot` now: the latest capture is the roster in force. */
  private async captured(ctx: OwnersContext, committee: OwnersCommittee, snapshot: ElectorateSnapshot): Promise<ElectorateSnapshot> {
    const em = ctx.em.fork();
    em.create(ElectorateCapture, { ...pathOf(committee), recordedBy: ctx.caller.subject, snapshotId: snapshot.id });
    await em.flush();
    return snapshot;
  }
}

@ObjectType('OwnersElectorateUnit', { description: 'One unit of a recorded electorate (名册中的专有部分).' })
class OwnersElectorateUnit {
  @Field(() => UnitStub, { description: 'The unit.' })
  unit!: UnitStub;

  @Field(() => DecimalScalar, { description: 'Registered area in m² at the time (登记面积).' })
  area!: string;

  @Field(() => Boolean, { description: 'Held by the developer at the time (开发建设单位持有).' })
  developerHeld!: boolean;

  @Field(() => [PersonStub], { description: 'Its registered owners at the time (产权人).' })
  owners!: PersonStub[];
}

@Resolver(() => ElectorateSnapshot)
export class ElectorateUnitsResolver {
  @FieldResolver(() => [OwnersElectorateUnit], { description: 'Every unit counted, by unit id.' })
  units(@Root() snapshot: ElectorateSnapshot): OwnersElectorateUnit[] {
    return snapshot.units.map((unit) => ({
      unit: { id: unit.unitId },
      area: unit.area,
      developerHeld: unit.developerHeld,
      owners: unit.ownerIds.map((id) => ({ id })),
    }));
  }
}
