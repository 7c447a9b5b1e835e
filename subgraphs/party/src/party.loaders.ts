import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Caller } from '../../platform/access/caller.js';
import { createChildrenLoader, createEntityLoader } from '../../platform/batching/entity-loader.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { responsibleOrganizationsWhere } from './access/party-access.js';
import { placesOfCaller } from './access/caller-places.access.js';
import { RegisteredPlace } from './place/place-register.entity.js';
import { PartyOrganization } from './organization/organization.entity.js';
import { PartyOrganizationKind } from './organization/organization-kind.js';
import { PartyMember } from './member/member.entity.js';
import { PartyMemberCategory } from './member/member-kinds.js';
import { PartyPost } from './post/post.entity.js';
import { CentralHousehold } from './household/central-household.entity.js';
import { PartyReportIn } from './report-in/report-in.entity.js';
import { PartyStarRating } from './rating/star-rating.entity.js';
import { PartyServiceStation } from './station/service-station.entity.js';
import { GovernanceMatter } from './governance/governance-matter.entity.js';
import { JointMeeting } from './governance/joint-meeting.entity.js';
import { MatterDeliberation } from './governance/matter-deliberation.entity.js';
import { CrossAppointment } from './governance/cross-appointment.entity.js';
import { JointMeetingRescheduling } from './governance/meeting-rescheduling.entity.js';
import { PartyMemberTransfer } from './member/member-transfer.entity.js';
import { createHeadLoaders, type HeadLoaders } from './heads/neighborhood-head.loader.js';
import { createEscalationLoaders, type EscalationLoaders } from './escalation/escalation.loader.js';
import { createServiceOrderLoaders, type ServiceOrderLoaders } from './service-order/service-order.loader.js';
import { loadAreaStatistics, type AreaLevel, type PartyAreaStatistics } from './statistics/party-statistics.js';
import { createMatterStandingsLoader, type MatterStanding } from './governance/matter-results.js';
import { loadEventCounts, type PartyEventCounts } from './statistics/party-event-counts.js';
import type { CountingPeriod } from './statistics/party-period.input.js';

export interface MemberCounts {
  formal: number;
  probationary: number;
}

/** Everything the party subgraph loads per request, batched: one statement per kind and tick. */
export interface PartyLoaders {
  /** Ids of the organisations the caller is responsible for (own subtree), resolved once per request. */
  responsibleOrganizationIds(): Promise<ReadonlySet<string>>;
  /**
   * The districts where the caller has a place: its grant's places (area, served neighborhoods, a resident's homes)
   * and the organisation it acts for, resolved through the party's own register once per request. Organisations are
   * public facts only inside these.
   */
  callerDistrictIds(): Promise<ReadonlySet<string>>;
  place: DataLoader<string, RegisteredPlace | null>;
  organization: DataLoader<string, PartyOrganization | null>;
  member: DataLoader<string, PartyMember | null>;
  memberOfPerson: DataLoader<string, PartyMember | null>;
  childrenOfOrganization: DataLoader<string, PartyOrganization[]>;
  descendantsOfOrganization: DataLoader<string, PartyOrganization[]>;
  branchOfNeighborhood: DataLoader<string, PartyOrganization | null>;
  memberCounts: DataLoader<string, MemberCounts>;
  membersOfOrganization: DataLoader<string, PartyMember[]>;
  postsOfOrganization: DataLoader<string, PartyPost[]>;
  postsOfPerson: DataLoader<string, PartyPost[]>;
  householdsOfOrganization: DataLoader<string, CentralHousehold[]>;
  reportInOfMember: DataLoader<string, PartyReportIn | null>;
  ratingsOfOrganization: DataLoader<string, PartyStarRating[]>;
  stationsOfOrganization: DataLoader<string, PartyServiceStation[]>;
  matter: DataLoader<string, GovernanceMatter | null>;
  meeting: DataLoader<string, JointMeeting | null>;
  crossAppointment: DataLoader<string, CrossAppointment | null>;
  deliberationsOfMatter: DataLoader<string, MatterDeliberation[]>;
  deliberationsOfMeeting: DataLoader<string, MatterDeliberation[]>;
  crossAppointmentsOfPerson: DataLoader<string, CrossAppointment[]>;
  reschedulingsOfMeeting: DataLoader<string, JointMeetingRescheduling[]>;
  transfersOfMember: DataLoader<string, PartyMemberTransfer[]>;
  statistics: Record<AreaLevel, DataLoader<string, PartyAreaStatistics>>;
  /** The matters of an area with their deliberations' outcomes, for `governanceMatterResults`. */
  matterStandings: Record<AreaLevel, DataLoader<string, MatterStanding[]>>;
  /** Event counts of areas of one level over one period: one loader (one statement) per level and period per request. */
  eventCountsFor(level: AreaLevel, period: CountingPeriod): DataLoader<string, PartyEventCounts>;
  /** 三长 appointments and their figures. */
  heads: HeadLoaders;
  /** Escalations up the ladder and their figures. */
  escalations: EscalationLoaders;
  /** Service orders (点单派单接单) and responsibility zones. */
  serviceOrders: ServiceOrderLoaders;
}

export type PartyContext = RequestContext<PartyLoaders>;

/** A loader of at most one row per key, by a unique column other than the primary key. */
function createUniqueLoader<T extends object>(em: EntityManager, entity: new () => T, field: keyof T & string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await em.find(entity, { [field]: { $in: [...keys] } } as FilterQuery<T>);
    const byKey = new Map(rows.map((row) => [String(row[field]), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export function createPartyLoaders(em: EntityManager, caller: Caller): PartyLoaders {
  let responsible: Promise<ReadonlySet<string>> | undefined;
  let districts: Promise<ReadonlySet<string>> | undefined;
  const eventCountLoaders = new Map<string, DataLoader<string, PartyEventCounts>>();
  return {
    responsibleOrganizationIds: () =>
      (responsible ??= (async () => {
        const where = responsibleOrganizationsWhere(caller);
        if (!where) return new Set<string>();
        const rows = await em.find(PartyOrganization, where as FilterQuery<PartyOrganization>, { fields: ['id'] });
        return new Set(rows.map((row) => row.id));
      })()),
    callerDistrictIds: () =>
      (districts ??= (async () => {
        const { districtIds, placeIds } = placesOfCaller(caller);
        const ids = new Set<string>(districtIds);
        if (placeIds.length > 0) {
          for (const place of await em.find(RegisteredPlace, { id: { $in: placeIds } }, { fields: ['districtId'] })) ids.add(place.districtId);
        }
        if (caller.organizationId) {
          const own = await em.find(PartyOrganization, { $or: [{ id: caller.organizationId }, { hostOrganizationId: caller.organizationId }] }, { fields: ['districtId'] });
          for (const organization of own) ids.add(organization.districtId);
        }
        return ids;
      })()),
    place: createEntityLoader(em, RegisteredPlace),
    organization: createEntityLoader(em, PartyOrganization),
    member: createEntityLoader(em, PartyMember),
    memberOfPerson: createUniqueLoader(em, PartyMember, 'personId'),
    childrenOfOrganization: createChildrenLoader(em, PartyOrganization, 'parentId', { name: 'asc' }),
    descendantsOfOrganization: new DataLoader(async (ids) => {
      const rows = await em.find(PartyOrganization, { ancestorIds: { $overlap: [...ids] } }, { orderBy: { name: 'asc' } });
      return ids.map((id) => rows.filter((row) => row.ancestorIds.includes(id)));
    }),
    branchOfNeighborhood: new DataLoader(async (ids) => {
      const rows = await em.find(PartyOrganization, { kind: PartyOrganizationKind.NEIGHBORHOOD_BRANCH, neighborhoodIds: { $overlap: [...ids] } });
      return ids.map((id) => rows.find((row) => row.neighborhoodIds.includes(id)) ?? null);
    }),
    memberCounts: new DataLoader(async (ids) => {
      const rows = await em
        .getConnection()
        .execute<{ organization_id: string; category: PartyMemberCategory; count: string }[]>(
          `select organization_id, category, count(*) as count from party.member where left_on is null and organization_id in (${ids.map(() => '?').join(', ')}) group by organization_id, category`,
          [...ids],
        );
      return ids.map((id) => {
        const count = (category: PartyMemberCategory) => Number(rows.find((row) => row.organization_id === id && row.category === category)?.count ?? 0);
        return { formal: count(PartyMemberCategory.FORMAL), probationary: count(PartyMemberCategory.PROBATIONARY) };
      });
    }),
    membersOfOrganization: createChildrenLoader(em, PartyMember, 'organizationId', { createdAt: 'asc' }, async () => ({ leftOn: null })),
    postsOfOrganization: createChildrenLoader(em, PartyPost, 'organizationId', { termStart: 'desc' }),
    postsOfPerson: createChildrenLoader(em, PartyPost, 'personId', { termStart: 'desc' }),
    householdsOfOrganization: createChildrenLoader(em, CentralHousehold, 'organizationId', { designatedOn: 'asc' }),
    reportInOfMember: createUniqueLoader(em, PartyReportIn, 'memberId'),
    ratingsOfOrganization: createChildrenLoader(em, PartyStarRating, 'organizationId', { year: 'desc' }),
    stationsOfOrganization: createChildrenLoader(em, PartyServiceStation, 'organizationId', { name: 'asc' }),
    matter: createEntityLoader(em, GovernanceMatter),
    meeting: createEntityLoader(em, JointMeeting),
    crossAppointment: createEntityLoader(em, CrossAppointment),
    deliberationsOfMatter: createChildrenLoader(em, MatterDeliberation, 'matterId', { createdAt: 'asc' }),
    deliberationsOfMeeting: createChildrenLoader(em, MatterDeliberation, 'meetingId', { createdAt: 'asc' }),
    crossAppointmentsOfPerson: createChildrenLoader(em, CrossAppointment, 'personId', { termStart: 'desc' }),
    reschedulingsOfMeeting: createChildrenLoader(em, JointMeetingRescheduling, 'meetingId', { createdAt: 'asc' }),
    transfersOfMember: createChildrenLoader(em, PartyMemberTransfer, 'memberId', { createdAt: 'asc' }),
    statistics: {
      district: new DataLoader((ids) => loadAreaStatistics(em, 'district', ids)),
      street: new DataLoader((ids) => loadAreaStatistics(em, 'street', ids)),
      community: new DataLoader((ids) => loadAreaStatistics(em, 'community', ids)),
    },
    matterStandings: {
      district: createMatterStandingsLoader(em, 'district'),
      street: createMatterStandingsLoader(em, 'street'),
      community: createMatterStandingsLoader(em, 'community'),
    },
    eventCountsFor: (level, period) => {
      const key = `${level}:${period.key}`;
      if (!eventCountLoaders.has(key)) eventCountLoaders.set(key, new DataLoader((ids: readonly string[]) => loadEventCounts(em, level, ids, period)));
      return eventCountLoaders.get(key)!;
    },
    heads: createHeadLoaders(em),
    escalations: createEscalationLoaders(em),
    serviceOrders: createServiceOrderLoaders(em),
  };
}
