import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

/** 三长 figures of an area: aggregates only, so any caller who can see the area may read them. */
@ObjectType({ description: 'Building, entrance and grid heads in office today in an area (三长统计).' })
export class HeadStatistics {
  @Field(() => Int, { description: 'Building heads in office (楼栋长).' })
  buildingHeads = 0;

  @Field(() => Int, { description: 'Entrance heads in office (单元长).' })
  entranceHeads = 0;

  @Field(() => Int, { description: 'Grid heads in office (网格长).' })
  gridHeads = 0;

  @Field(() => Int, { description: 'Of all heads in office, those who are party members (党员三长).' })
  partyMemberHeads = 0;

  @Field(() => Int, { description: 'Heads in office chosen by self-nomination (自荐).' })
  selfNominated = 0;

  @Field(() => Int, { description: "Heads in office chosen by residents' recommendation (群众推荐)." })
  residentRecommended = 0;

  @Field(() => Int, { description: 'Heads in office chosen by organisational nomination (组织推荐).' })
  organizationNominated = 0;
}

const COLUMN: Record<AreaLevel, string> = { district: 'district_id', street: 'street_id', community: 'community_id' };

/** Figures for many areas of one level: one grouped statement, results in the order of `areaIds`. */
export async function loadHeadStatistics(em: EntityManager, level: AreaLevel, areaIds: readonly string[]): Promise<HeadStatistics[]> {
  const column = COLUMN[level];
  // "In office" uses the database's current_date: the server's clock, never the client's.
  const rows = await em.getConnection().execute<Record<string, string>[]>(
    `select head.${column} as area,
       count(*) filter (where head.kind = 'BUILDING_HEAD') as building_heads,
       count(*) filter (where head.kind = 'ENTRANCE_HEAD') as entrance_heads,
       count(*) filter (where head.kind = 'GRID_HEAD') as grid_heads,
       count(member.id) as party_member_heads,
       count(*) filter (where head.selection = 'SELF_NOMINATION') as self_nominated,
       count(*) filter (where head.selection = 'RESIDENT_RECOMMENDATION') as resident_recommended,
       count(*) filter (where head.selection = 'ORGANIZATION_NOMINATION') as organization_nominated
     from party.neighborhood_head head left join party.member member on member.person_id = head.person_id
     where head.${column} in (${placeholders(areaIds)})
       and head.term_start <= current_date and current_date <= head.term_end and (head.ended_on is null or current_date < head.ended_on)
     group by head.${column}`,
    [...areaIds],
  );
  return areaIds.map((id) => {
    const row = rows.find((candidate) => candidate.area === id);
    const figures = new HeadStatistics();
    if (!row) return figures;
    figures.buildingHeads = Number(row.building_heads);
    figures.entranceHeads = Number(row.entrance_heads);
    figures.gridHeads = Number(row.grid_heads);
    figures.partyMemberHeads = Number(row.party_member_heads);
    figures.selfNominated = Number(row.self_nominated);
    figures.residentRecommended = Number(row.resident_recommended);
    figures.organizationNominated = Number(row.organization_nominated);
    return figures;
  });
}
