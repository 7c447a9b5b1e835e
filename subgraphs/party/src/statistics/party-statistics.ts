import type { EntityManager } from '@mikro-orm/postgresql';
import { CrossAppointmentKind } from '../governance/cross-appointment-kinds.js';
import { PartyAreaStatistics } from './party-statistics.type.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

export type AreaLevel = 'district' | 'street' | 'community';

const COLUMN: Record<AreaLevel, string> = { district: 'district_id', street: 'street_id', community: 'community_id' };

type Row = Record<string, string | number | null>;
type Figure = keyof PartyAreaStatistics & string;

const n = (value: string | number | null | undefined) => Number(value ?? 0);

/** One grouped statement of the figures: which figures it gives, its SQL over an area column, and how an area's rows fill them. */
interface StatisticsPart {
  figures: readonly Figure[];
  sql(column: string, list: string): string;
  fill(statistics: PartyAreaStatistics, rows: readonly Row[]): void;
}

/** Every statement the figures come from, each run only when a figure it gives was asked for. */
const PARTS = {
  organizations: {
    figures: ['neighborhoodBranches', 'singleBranches', 'jointBranches', 'gridBranches', 'buildingGroups', 'propertyCompanyBranches'],
    sql: (column, list) => `select ${column} as area,
           count(*) filter (where kind = 'NEIGHBORHOOD_BRANCH') as neighborhood_branches,
           count(*) filter (where kind = 'NEIGHBORHOOD_BRANCH' and form = 'SINGLE') as single_branches,
           count(*) filter (where kind = 'NEIGHBORHOOD_BRANCH' and form = 'JOINT') as joint_branches,
           count(*) filter (where kind = 'NEIGHBORHOOD_BRANCH' and form = 'GRID') as grid_branches,
           count(*) filter (where kind = 'BUILDING_GROUP') as building_groups,
           count(*) filter (where kind = 'PROPERTY_COMPANY_BRANCH') as property_company_branches
         from party.organization where ${column} in (${list}) group by ${column}`,
    fill: (statistics, [org]) => {
      statistics.neighborhoodBranches = n(org?.neighborhood_branches);
      statistics.singleBranches = n(org?.single_branches);
      statistics.jointBranches = n(org?.joint_branches);
      statistics.gridBranches = n(org?.grid_branches);
      statistics.buildingGroups = n(org?.building_groups);
      statistics.propertyCompanyBranches = n(org?.property_company_branches);
    },
  },
  committees: {
    figures: ['branchCommitteeMembers'],
    sql: (column, list) => `select o.${column} as area, count(distinct (p.organization_id, p.person_id)) as committee_members
         from party.post p join party.organization o on o.id = p.organization_id
         where o.kind = 'NEIGHBORHOOD_BRANCH' and o.${column} in (${list})
           and p.kind in ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'PART_TIME_COMMITTEE_MEMBER')
           and p.term_start <= current_date and current_date <= p.term_end
         group by o.${column}`,
    fill: (statistics, [row]) => {
      statistics.branchCommitteeMembers = n(row?.committee_members);
    },
  },
  households: {
    figures: ['centralHouseholds'],
    sql: (column, list) => `select ${column} as area, count(*) as central_households from party.central_household where ended_on is null and ${column} in (${list}) group by ${column}`,
    fill: (statistics, [row]) => {
      statistics.centralHouseholds = n(row?.central_households);
    },
  },
  stations: {
    figures: ['serviceStations', 'serviceStationFloorArea'],
    sql: (column, list) => `select ${column} as area, count(*) as service_stations, coalesce(sum(floor_area), 0)::numeric(12,2)::text as floor_area
         from party.service_station where closed_on is null and ${column} in (${list}) group by ${column}`,
    fill: (statistics, [row]) => {
      statistics.serviceStations = n(row?.service_stations);
      statistics.serviceStationFloorArea = String(row?.floor_area ?? '0.00');
    },
  },
  ratings: {
    figures: ['fiveStarBranches'],
    sql: (column, list) => `select area, count(*) filter (where approved_stars = 5) as five_star_branches from (
           select distinct on (organization_id) ${column} as area, approved_stars from party.star_rating
           where status = 'APPROVED' and ${column} in (${list}) order by organization_id, year desc) latest
         group by area`,
    fill: (statistics, [row]) => {
      statistics.fiveStarBranches = n(row?.five_star_branches);
    },
  },
  coverage: {
    figures: ['neighborhoodsWithoutBranch'],
    sql: (column, list) => `select place.${column} as area, count(*) as uncovered from party.place_register place
         where place.level = 'NEIGHBORHOOD' and place.${column} in (${list})
           and not exists (select 1 from party.organization branch where branch.kind = 'NEIGHBORHOOD_BRANCH' and place.id = any(branch.neighborhood_ids))
         group by place.${column}`,
    fill: (statistics, [row]) => {
      statistics.neighborhoodsWithoutBranch = n(row?.uncovered);
    },
  },
  members: {
    figures: ['members', 'formalMembers', 'probationaryMembers', 'inServiceMembers', 'retiredMembers', 'mobileMembers', 'withoutPostMembers'],
    sql: (column, list) => `select ${column} as area, count(*) as members,
           count(*) filter (where category = 'FORMAL') as formal, count(*) filter (where category = 'PROBATIONARY') as probationary,
           count(*) filter (where status = 'IN_SERVICE') as in_service, count(*) filter (where status = 'RETIRED') as retired,
           count(*) filter (where status = 'MOBILE') as mobile, count(*) filter (where status = 'WITHOUT_POST') as without_post
         from party.member where left_on is null and ${column} in (${list}) group by ${column}`,
    fill: (statistics, [member]) => {
      statistics.members = n(member?.members);
      statistics.formalMembers = n(member?.formal);
      statistics.probationaryMembers = n(member?.probationary);
      statistics.inServiceMembers = n(member?.in_service);
      statistics.retiredMembers = n(member?.retired);
      statistics.mobileMembers = n(member?.mobile);
      statistics.withoutPostMembers = n(member?.without_post);
    },
  },
  appointments: {
    figures: ['crossAppointmentsByKind'],
    sql: (column, list) => `select ${column} as area, kind, count(*) as count from party.cross_appointment
         where ${column} in (${list}) and term_start <= current_date and current_date <= coalesce(ended_on, term_end)
         group by ${column}, kind`,
    fill: (statistics, rows) => {
      statistics.crossAppointmentsByKind = Object.values(CrossAppointmentKind).map((kind) => ({ kind, count: n(rows.find((row) => row.kind === kind)?.count) }));
    },
  },
  meetings: {
    figures: ['jointMeetingsHeld'],
    sql: (column, list) => `select ${column} as area, count(*) as held from party.joint_meeting where ${column} in (${list}) and held_at <= now() group by ${column}`,
    fill: (statistics, [row]) => {
      statistics.jointMeetingsHeld = n(row?.held);
    },
  },
  matters: {
    figures: ['governanceMattersProposed', 'governanceMattersDeliberated', 'governanceMattersAgreed'],
    sql: (column, list) => `select ${column} as area, count(*) as proposed,
           count(*) filter (where exists (select 1 from party.matter_deliberation d where d.matter_id = m.id)) as deliberated,
           count(*) filter (where exists (select 1 from party.matter_deliberation d where d.matter_id = m.id and d.outcome = 'AGREED')) as agreed
         from party.governance_matter m where ${column} in (${list}) group by ${column}`,
    fill: (statistics, [matter]) => {
      statistics.governanceMattersProposed = n(matter?.proposed);
      statistics.governanceMattersDeliberated = n(matter?.deliberated);
      statistics.governanceMattersAgreed = n(matter?.agreed);
    },
  },
} satisfies Record<string, StatisticsPart>;

export type StatisticsPartName = keyof typeof PARTS;

/** Every part, in a fixed order. */
export const ALL_STATISTICS_PARTS = Object.keys(PARTS) as StatisticsPartName[];

/** The parts that give any of `figures` (the fields a caller selected), in the fixed order. */
export function statisticsPartsFor(figures: ReadonlySet<string>): StatisticsPartName[] {
  return ALL_STATISTICS_PARTS.filter((name) => PARTS[name].figures.some((figure) => figures.has(figure)));
}

/**
 * Figures for many areas of one level at once: one grouped statement per part asked for, whatever the number of
 * areas. Figures of parts not asked for keep their zero defaults. Results are in the order of `areaIds`.
 */
export async function loadAreaStatistics(
  em: EntityManager,
  level: AreaLevel,
  areaIds: readonly string[],
  parts: readonly StatisticsPartName[] = ALL_STATISTICS_PARTS,
): Promise<PartyAreaStatistics[]> {
  const column = COLUMN[level];
  const list = placeholders(areaIds);
  const connection = em.getConnection();
  const results = await Promise.all(parts.map((name) => connection.execute<Row[]>(PARTS[name].sql(column, list), [...areaIds])));
  const rowsByArea = results.map((rows) => {
    const byArea = new Map<string, Row[]>();
    for (const row of rows) byArea.set(String(row.area), [...(byArea.get(String(row.area)) ?? []), row]);
    return byArea;
  });
  return areaIds.map((id) => {
    const statistics = new PartyAreaStatistics();
    parts.forEach((name, index) => PARTS[name].fill(statistics, rowsByArea[index].get(id) ?? []));
    return statistics;
  });
}
