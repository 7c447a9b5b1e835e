import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { CrossAppointmentKind } from '../governance/cross-appointment-kinds.js';

@ObjectType({ description: 'How many cross-appointments of one kind are in force (按类型统计的交叉任职).' })
export class CrossAppointmentKindCount {
  @Field(() => CrossAppointmentKind, { description: 'The kind.' })
  kind!: CrossAppointmentKind;

  @Field(() => Int, { description: 'Appointments of that kind in force today.' })
  count!: number;
}

/** Party figures of an area (党建统计): aggregates only, so any caller who can see the area may read them. */
@ObjectType({ description: 'Party figures of an area (党建统计): organisations, households, stations, ratings, members by status, and 三方联动 / 交叉任职.' })
export class PartyAreaStatistics {
  @Field(() => Int, { description: 'Neighborhood branches of every form (小区党支部).' })
  neighborhoodBranches = 0;

  @Field(() => Int, { description: 'Of which single branches (单建).' })
  singleBranches = 0;

  @Field(() => Int, { description: 'Of which joint branches (联合党支部).' })
  jointBranches = 0;

  @Field(() => Int, { description: 'Of which grid branches (网格党支部).' })
  gridBranches = 0;

  @Field(() => Int, {
    description:
      'People on the committees of neighborhood branches (支部委员), in a post in force today: secretaries, deputies, members and part-time members, each once per branch. Cross-appointed members are counted in crossAppointmentsByKind.',
  })
  branchCommitteeMembers = 0;

  @Field(() => Int, { description: 'Building groups (楼栋党小组).' })
  buildingGroups = 0;

  @Field(() => Int, { description: "Property companies' party organisations (物业企业党组织)." })
  propertyCompanyBranches = 0;

  @Field(() => Int, { description: 'Central households (党员中心户).' })
  centralHouseholds = 0;

  @Field(() => Int, { description: 'Service stations of every kind (党群服务站/红帆驿站/书记工作室).' })
  serviceStations = 0;

  @Field(() => DecimalScalar, { description: 'Their total floor area in m² (阵地面积).' })
  serviceStationFloorArea = '0.00';

  @Field(() => Int, { description: 'Branches whose latest approved star rating is five stars (五星级支部).' })
  fiveStarBranches = 0;

  @Field(() => Int, { description: 'Neighborhoods in the area that no neighborhood branch covers (未覆盖小区).' })
  neighborhoodsWithoutBranch = 0;

  @Field(() => Int, { description: 'Party members held by organisations of the area (党员总数).' })
  members = 0;

  @Field(() => Int, { description: 'Formal members (正式党员).' })
  formalMembers = 0;

  @Field(() => Int, { description: 'Probationary members (预备党员).' })
  probationaryMembers = 0;

  @Field(() => Int, { description: 'In-service members (在职党员).' })
  inServiceMembers = 0;

  @Field(() => Int, { description: 'Retired members (离退休党员).' })
  retiredMembers = 0;

  @Field(() => Int, { description: 'Mobile members (流动党员).' })
  mobileMembers = 0;

  @Field(() => Int, { description: 'Members without a post (无职党员).' })
  withoutPostMembers = 0;

  @Field(() => [CrossAppointmentKindCount], { description: 'Cross-appointments in force today, by kind, every kind listed (交叉任职).' })
  crossAppointmentsByKind: CrossAppointmentKindCount[] = [];

  @Field(() => Int, { description: 'Joint meetings held so far (三方联席会议).' })
  jointMeetingsHeld = 0;

  @Field(() => Int, { description: 'Governance matters proposed by branches of the area (提议事项).' })
  governanceMattersProposed = 0;

  @Field(() => Int, { description: 'Of those, matters a joint meeting has taken up (商议事项).' })
  governanceMattersDeliberated = 0;

  @Field(() => Int, { description: 'Of those, matters a joint meeting agreed (商议通过).' })
  governanceMattersAgreed = 0;
}

export type AreaLevel = 'district' | 'street' | 'community';

const COLUMN: Record<AreaLevel, string> = { district: 'district_id', street: 'street_id', community: 'community_id' };

type Row = Record<string, string | number | null>;

/**
 * Figures for many areas of one level at once: one grouped statement per table, whatever the number of areas.
 * Results are in the order of `areaIds`.
 */
export async function loadAreaStatistics(em: EntityManager, level: AreaLevel, areaIds: readonly string[]): Promise<PartyAreaStatistics[]> {
  const column = COLUMN[level];
  const list = areaIds.map(() => '?').join(', ');
  const connection = em.getConnection();
  const run = (sql: string) => connection.execute<Row[]>(sql, [...areaIds]);
  const [organizations, households, stations, ratings, coverage, members, appointments, meetings, matters, committees] = await Promise.all([
    run(`select ${column} as area,
           count(*) filter (where kind = 'NEIGHBORHOOD_BRANCH') as neighborhood_branches,
           count(*) filter (where kind = 'NEIGHBORHOOD_BRANCH' and form = 'SINGLE') as single_branches,
           count(*) filter (where kind = 'NEIGHBORHOOD_BRANCH' and form = 'JOINT') as joint_branches,
           count(*) filter (where kind = 'NEIGHBORHOOD_BRANCH' and form = 'GRID') as grid_branches,
           count(*) filter (where kind = 'BUILDING_GROUP') as building_groups,
           count(*) filter (where kind = 'PROPERTY_COMPANY_BRANCH') as property_company_branches
         from party.organization where ${column} in (${list}) group by ${column}`),
    run(`select ${column} as area, count(*) as central_households from party.central_household where ended_on is null and ${column} in (${list}) group by ${column}`),
    run(`select ${column} as area, count(*) as service_stations, coalesce(sum(floor_area), 0)::numeric(12,2)::text as floor_area
         from party.service_station where closed_on is null and ${column} in (${list}) group by ${column}`),
    run(`select area, count(*) filter (where approved_stars = 5) as five_star_branches from (
           select distinct on (organization_id) ${column} as area, approved_stars from party.star_rating
           where status = 'APPROVED' and ${column} in (${list}) order by organization_id, year desc) latest
         group by area`),
    run(`select place.${column} as area, count(*) as uncovered from party.place_register place
         where place.level = 'NEIGHBORHOOD' and place.${column} in (${list})
           and not exists (select 1 from party.organization branch where branch.kind = 'NEIGHBORHOOD_BRANCH' and place.id = any(branch.neighborhood_ids))
         group by place.${column}`),
    run(`select ${column} as area, count(*) as members,
           count(*) filter (where category = 'FORMAL') as formal, count(*) filter (where category = 'PROBATIONARY') as probationary,
           count(*) filter (where status = 'IN_SERVICE') as in_service, count(*) filter (where status = 'RETIRED') as retired,
           count(*) filter (where status = 'MOBILE') as mobile, count(*) filter (where status = 'WITHOUT_POST') as without_post
         from party.member where left_on is null and ${column} in (${list}) group by ${column}`),
    run(`select ${column} as area, kind, count(*) as count from party.cross_appointment
         where ${column} in (${list}) and term_start <= current_date and current_date <= coalesce(ended_on, term_end)
         group by ${column}, kind`),
    run(`select ${column} as area, count(*) as held from party.joint_meeting where ${column} in (${list}) and held_at <= now() group by ${column}`),
    run(`select ${column} as area, count(*) as proposed,
           count(*) filter (where exists (select 1 from party.matter_deliberation d where d.matter_id = m.id)) as deliberated,
           count(*) filter (where exists (select 1 from party.matter_deliberation d where d.matter_id = m.id and d.outcome = 'AGREED')) as agreed
         from party.governance_matter m where ${column} in (${list}) group by ${column}`),
    run(`select o.${column} as area, count(distinct (p.organization_id, p.person_id)) as committee_members
         from party.post p join party.organization o on o.id = p.organization_id
         where o.kind = 'NEIGHBORHOOD_BRANCH' and o.${column} in (${list})
           and p.kind in ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'PART_TIME_COMMITTEE_MEMBER')
           and p.term_start <= current_date and current_date <= p.term_end
         group by o.${column}`),
  ]);
  const byArea = (rows: Row[]) => new Map(rows.map((row) => [String(row.area), row]));
  const [o, h, s, r, c, m, held, proposed, committee] = [organizations, households, stations, ratings, coverage, members, meetings, matters, committees].map(byArea);
  const n = (value: string | number | null | undefined) => Number(value ?? 0);
  return areaIds.map((id) => {
    const statistics = new PartyAreaStatistics();
    const org = o.get(id);
    statistics.neighborhoodBranches = n(org?.neighborhood_branches);
    statistics.singleBranches = n(org?.single_branches);
    statistics.jointBranches = n(org?.joint_branches);
    statistics.gridBranches = n(org?.grid_branches);
    statistics.branchCommitteeMembers = n(committee.get(id)?.committee_members);
    statistics.buildingGroups = n(org?.building_groups);
    statistics.propertyCompanyBranches = n(org?.property_company_branches);
    statistics.centralHouseholds = n(h.get(id)?.central_households);
    statistics.serviceStations = n(s.get(id)?.service_stations);
    statistics.serviceStationFloorArea = String(s.get(id)?.floor_area ?? '0.00');
    statistics.fiveStarBranches = n(r.get(id)?.five_star_branches);
    statistics.neighborhoodsWithoutBranch = n(c.get(id)?.uncovered);
    const member = m.get(id);
    statistics.members = n(member?.members);
    statistics.formalMembers = n(member?.formal);
    statistics.probationaryMembers = n(member?.probationary);
    statistics.inServiceMembers = n(member?.in_service);
    statistics.retiredMembers = n(member?.retired);
    statistics.mobileMembers = n(member?.mobile);
    statistics.withoutPostMembers = n(member?.without_post);
    statistics.crossAppointmentsByKind = Object.values(CrossAppointmentKind).map((kind) => ({
      kind,
      count: n(appointments.find((row) => String(row.area) === id && row.kind === kind)?.count),
    }));
    statistics.jointMeetingsHeld = n(held.get(id)?.held);
    const matter = proposed.get(id);
    statistics.governanceMattersProposed = n(matter?.proposed);
    statistics.governanceMattersDeliberated = n(matter?.deliberated);
    statistics.governanceMattersAgreed = n(matter?.agreed);
    return statistics;
  });
}
