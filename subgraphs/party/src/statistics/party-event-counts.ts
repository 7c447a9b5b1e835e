import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AreaLevel } from './party-statistics.js';
import type { CountingPeriod } from './party-period.input.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

/** Events of an area counted over a period (党建工作量统计): aggregates only. */
@ObjectType({ description: 'Party events of an area in a period (按期间统计的党建工作量): meetings, matters, escalations and service orders, each counted on the day it happened.' })
export class PartyEventCounts {
  @Field(() => Int, { description: 'Joint meetings held in the period, by their (latest) time, not later than now (召开三方联席会议).' })
  jointMeetingsHeld = 0;

  @Field(() => Int, { description: 'Governance matters proposed in the period (提议事项).' })
  governanceMattersProposed = 0;

  @Field(() => Int, { description: 'Governance matters withdrawn in the period (撤回事项).' })
  governanceMattersWithdrawn = 0;

  @Field(() => Int, { description: 'Escalations raised in the period, by the first call (发起呼叫).' })
  escalationsCalled = 0;

  @Field(() => Int, { description: 'Escalations resolved in the period (解决呼叫).' })
  escalationsResolved = 0;

  @Field(() => Int, { description: 'Service orders completed in the period (完成服务单, 党员接单).' })
  serviceOrdersCompleted = 0;
}

const COLUMN: Record<AreaLevel, string> = { district: 'district_id', street: 'street_id', community: 'community_id' };

type Row = { figure: keyof PartyEventCounts; area: string; count: string | number };

/**
 * The counts for many areas of one level in one statement (a union of grouped counts), whatever the number of
 * areas. Results are in the order of `areaIds`.
 */
export async function loadEventCounts(em: EntityManager, level: AreaLevel, areaIds: readonly string[], period: CountingPeriod): Promise<PartyEventCounts[]> {
  const column = COLUMN[level];
  const list = placeholders(areaIds);
  const instants = (name: string) => `${name} >= ?::timestamptz and ${name} < ?::timestamptz`;
  const days = (name: string) => `${name} >= ?::date and ${name} <= ?::date`;
  const sql = `
    select 'jointMeetingsHeld' as figure, ${column} as area, count(*) as count from party.joint_meeting
      where ${column} in (${list}) and held_at <= now() and ${instants('held_at')} group by ${column}
    union all
    select 'governanceMattersProposed', ${column}, count(*) from party.governance_matter
      where ${column} in (${list}) and ${days('proposed_on')} group by ${column}
    union all
    select 'governanceMattersWithdrawn', ${column}, count(*) from party.governance_matter
      where ${column} in (${list}) and withdrawn_on is not null and ${days('withdrawn_on')} group by ${column}
    union all
    select 'escalationsCalled', e.${column}, count(*) from party.escalation e
      join party.escalation_call c on c.escalation_id = e.id and c.reason = 'RAISED'
      where e.${column} in (${list}) and ${instants('c.called_at')} group by e.${column}
    union all
    select 'escalationsResolved', ${column}, count(*) from party.escalation
      where ${column} in (${list}) and resolved_at is not null and ${instants('resolved_at')} group by ${column}
    union all
    select 'serviceOrdersCompleted', ${column}, count(*) from party.service_order
      where ${column} in (${list}) and completed_at is not null and ${instants('completed_at')} group by ${column}`;
  const instantRange = [period.start, period.end];
  const dayRange = [period.fromDay, period.toDay];
  const params = [
    ...areaIds, ...instantRange,
    ...areaIds, ...dayRange,
    ...areaIds, ...dayRange,
    ...areaIds, ...instantRange,
    ...areaIds, ...instantRange,
    ...areaIds, ...instantRange,
  ];
  const rows = await em.getConnection().execute<Row[]>(sql, params);
  const byArea = new Map(areaIds.map((id) => [id, new PartyEventCounts()]));
  for (const row of rows) {
    const counts = byArea.get(String(row.area));
    if (counts) counts[row.figure] = Number(row.count);
  }
  return areaIds.map((id) => byArea.get(id)!);
}
