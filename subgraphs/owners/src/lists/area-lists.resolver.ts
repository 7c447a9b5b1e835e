import { Arg, Args, Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs, type Page } from '../../../platform/pagination/connection.js';
import type { OwnersContext } from '../owners.loaders.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { CommunityStub, DistrictStub, NeighborhoodKindValue, NeighborhoodStub, StreetStub } from '../stubs/registry.stub.js';
import { OwnersPeriodInput } from './area-lists.input.js';
import { committeesDueForReElection, eventCounts, neighborhoodsWithoutCommittee, type EventCounts } from './area-lists.service.js';

@ObjectType('OwnersNeighborhoodConnection', { description: 'A page of neighborhoods (小区列表).' })
class OwnersNeighborhoodConnection extends Connection(NeighborhoodStub) {}

@ObjectType('OwnersCommitteeConnection', { description: "A page of owners' committees (业委会列表)." })
class OwnersCommitteeConnection extends Connection(OwnersCommittee) {}

@ObjectType('OwnersEventCounts', { description: "Counts of owners' events in an area over a period (业主大会活动统计), within what you may read." })
class OwnersEventCounts {
  @Field(() => Date, { nullable: true, description: 'The period from (inclusive); null: open (起).' })
  from!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The period to (exclusive); null: open (止).' })
  to!: Date | null;

  @Field(() => Int, { description: 'Assemblies whose notice was given in the period (召开业主大会), cancelled ones included.' })
  assembliesConvened!: number;

  @Field(() => Int, { description: 'Motions put to an assembly in the period (表决事项).' })
  motionsPut!: number;

  @Field(() => Int, { description: 'Resolutions decided in the period, corrections not counted again (形成决议).' })
  resolutionsDecided!: number;

  @Field(() => Int, { description: 'Of those, PASSED (通过).' })
  resolutionsPassed!: number;
}

const NEIGHBORHOODS = 'neighborhoods { id kind }';
const KIND_ARG = { nullable: true, description: 'Only neighborhoods of this kind: CLOSED for those expected to form a committee (小区类型).' } as const;
const WITHIN_ARG = { defaultValue: 90, description: 'Terms ending within this many days from today, 0 to 366; ended terms are always listed (天数).' } as const;
const PERIOD_ARG = { nullable: true, description: 'The period counted; all time when omitted (统计期间).' } as const;
const WITHOUT_DESCRIPTION = (area: string) =>
  `Neighborhoods of the ${area} you may read with no owners' committee in office (未成立业委会的小区), by id. Area offices of the ${area} only.`;
const DUE_DESCRIPTION = (area: string) =>
  `Committees in office of the ${area} whose term ends within \`withinDays\` or has ended (应换届的业委会), earliest term end first. Area offices of the ${area} only.`;
const COUNTS_DESCRIPTION = (area: string) =>
  `Counts of owners' assemblies, motions and resolutions of the ${area} in a period (业主大会活动统计), computed in SQL. Area offices of the ${area} only.`;

@Resolver(() => CommunityStub)
export class CommunityOwnersListsResolver {
  @Directive(`@requires(fields: "${NEIGHBORHOODS}")`)
  @FieldResolver(() => OwnersNeighborhoodConnection, { description: WITHOUT_DESCRIPTION('community') })
  neighborhoodsWithoutOwnersCommittee(
    @Root() community: CommunityStub,
    @Arg('kind', () => NeighborhoodKindValue, KIND_ARG) kind: NeighborhoodKindValue | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<NeighborhoodStub>> {
    return neighborhoodsWithoutCommittee(ctx, { level: 'COMMUNITY', id: community.id }, community.neighborhoods ?? [], kind, page);
  }

  @FieldResolver(() => OwnersCommitteeConnection, { description: DUE_DESCRIPTION('community') })
  committeesDueForReElection(
    @Root() community: CommunityStub,
    @Arg('withinDays', () => Int, WITHIN_ARG) withinDays: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<OwnersCommittee>> {
    return committeesDueForReElection(ctx, { level: 'COMMUNITY', id: community.id }, withinDays, page);
  }

  @FieldResolver(() => OwnersEventCounts, { description: COUNTS_DESCRIPTION('community') })
  ownersEventCounts(@Root() community: CommunityStub, @Arg('period', () => OwnersPeriodInput, PERIOD_ARG) period: OwnersPeriodInput | undefined, @Ctx() ctx: OwnersContext): Promise<EventCounts> {
    return eventCounts(ctx, { level: 'COMMUNITY', id: community.id }, period);
  }
}

@Resolver(() => StreetStub)
export class StreetOwnersListsResolver {
  @Directive(`@requires(fields: "communities { ${NEIGHBORHOODS} }")`)
  @FieldResolver(() => OwnersNeighborhoodConnection, { description: WITHOUT_DESCRIPTION('street') })
  neighborhoodsWithoutOwnersCommittee(
    @Root() street: StreetStub,
    @Arg('kind', () => NeighborhoodKindValue, KIND_ARG) kind: NeighborhoodKindValue | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<NeighborhoodStub>> {
    const neighborhoods = (street.communities ?? []).flatMap((community) => community.neighborhoods ?? []);
    return neighborhoodsWithoutCommittee(ctx, { level: 'STREET', id: street.id }, neighborhoods, kind, page);
  }

  @FieldResolver(() => OwnersCommitteeConnection, { description: DUE_DESCRIPTION('street') })
  committeesDueForReElection(
    @Root() street: StreetStub,
    @Arg('withinDays', () => Int, WITHIN_ARG) withinDays: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<OwnersCommittee>> {
    return committeesDueForReElection(ctx, { level: 'STREET', id: street.id }, withinDays, page);
  }

  @FieldResolver(() => OwnersEventCounts, { description: COUNTS_DESCRIPTION('street') })
  ownersEventCounts(@Root() street: StreetStub, @Arg('period', () => OwnersPeriodInput, PERIOD_ARG) period: OwnersPeriodInput | undefined, @Ctx() ctx: OwnersContext): Promise<EventCounts> {
    return eventCounts(ctx, { level: 'STREET', id: street.id }, period);
  }
}

@Resolver(() => DistrictStub)
export class DistrictOwnersListsResolver {
  @Directive(`@requires(fields: "streets { communities { ${NEIGHBORHOODS} } }")`)
  @FieldResolver(() => OwnersNeighborhoodConnection, { description: WITHOUT_DESCRIPTION('district') })
  neighborhoodsWithoutOwnersCommittee(
    @Root() district: DistrictStub,
    @Arg('kind', () => NeighborhoodKindValue, KIND_ARG) kind: NeighborhoodKindValue | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<NeighborhoodStub>> {
    const neighborhoods = (district.streets ?? []).flatMap((street) => (street.communities ?? []).flatMap((community) => community.neighborhoods ?? []));
    return neighborhoodsWithoutCommittee(ctx, { level: 'DISTRICT', id: district.id }, neighborhoods, kind, page);
  }

  @FieldResolver(() => OwnersCommitteeConnection, { description: DUE_DESCRIPTION('district') })
  committeesDueForReElection(
    @Root() district: DistrictStub,
    @Arg('withinDays', () => Int, WITHIN_ARG) withinDays: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<OwnersCommittee>> {
    return committeesDueForReElection(ctx, { level: 'DISTRICT', id: district.id }, withinDays, page);
  }

  @FieldResolver(() => OwnersEventCounts, { description: COUNTS_DESCRIPTION('district') })
  ownersEventCounts(@Root() district: DistrictStub, @Arg('period', () => OwnersPeriodInput, PERIOD_ARG) period: OwnersPeriodInput | undefined, @Ctx() ctx: OwnersContext): Promise<EventCounts> {
    return eventCounts(ctx, { level: 'DISTRICT', id: district.id }, period);
  }
}
