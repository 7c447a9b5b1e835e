import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

@ObjectType({ description: 'Service orders and responsibility zones of an area (点单派单接单统计).' })
export class ServiceOrderStatistics {
  @Field(() => Int, { description: 'Orders placed, withdrawn ones excluded (群众点单).' })
  ordered = 0;

  @Field(() => Int, { description: 'Orders completed, evaluated or not: problems solved (完成).' })
  completed = 0;

  @Field(() => Int, { description: 'Orders evaluated (评价).' })
  evaluated = 0;

  @Field(() => DecimalScalar, { nullable: true, description: 'Average rating of evaluated orders, two decimals; null if none.' })
  averageRating: string | null = null;

  @Field(() => Int, { description: 'Responsibility zones in force (党员责任区).' })
  responsibilityZones = 0;
}

const COLUMN: Record<AreaLevel, string> = { district: 'district_id', street: 'street_id', community: 'community_id' };

export async function loadServiceOrderStatistics(em: EntityManager, level: AreaLevel, areaIds: readonly string[]): Promise<ServiceOrderStatistics[]> {
  const column = COLUMN[level];
  const list = placeholders(areaIds);
  const connection = em.getConnection();
  const [orders, zones] = await Promise.all([
    connection.execute<Record<string, string | null>[]>(
      `select ${column} as area, count(*) filter (where status <> 'WITHDRAWN') as ordered,
         count(*) filter (where status in ('COMPLETED', 'EVALUATED')) as completed, count(*) filter (where status = 'EVALUATED') as evaluated,
         (avg(rating) filter (where status = 'EVALUATED'))::numeric(4,2)::text as average_rating
       from party.service_order where ${column} in (${list}) group by ${column}`,
      [...areaIds],
    ),
    connection.execute<Record<string, string>[]>(`select ${column} as area, count(*) as zones from party.responsibility_zone where ended_on is null and ${column} in (${list}) group by ${column}`, [...areaIds]),
  ]);
  return areaIds.map((id) => {
    const row = orders.find((candidate) => candidate.area === id);
    return Object.assign(new ServiceOrderStatistics(), {
      ordered: Number(row?.ordered ?? 0),
      completed: Number(row?.completed ?? 0),
      evaluated: Number(row?.evaluated ?? 0),
      averageRating: row?.average_rating ?? null,
      responsibilityZones: Number(zones.find((candidate) => candidate.area === id)?.zones ?? 0),
    });
  });
}
