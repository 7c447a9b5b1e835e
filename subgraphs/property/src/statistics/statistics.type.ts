import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ratio } from './exact-rate.js';
import type { ContractCounts, FeeSums, GroupColumn, RequestCounts } from './statistics.loader.js';

function yuan(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const absolute = cents < 0n ? -cents : cents;
  return `${sign}${absolute / 100n}.${(absolute % 100n).toString().padStart(2, '0')}`;
}

@ObjectType('PropertyRequestStatistics', { description: 'Figures over resident requests you may read (诉求统计).' })
export class PropertyRequestStatistics {
  @Field(() => Int, { description: 'Requests submitted (诉求总数).' })
  total: number;

  @Field(() => Int, { description: 'Requests resolved or evaluated (办结数).' })
  completed: number;

  @Field(() => Int, { description: 'Requests evaluated by the resident (已评价数).' })
  evaluated: number;

  @Field(() => Int, { description: 'Evaluated requests scored 4 or 5 (满意数).' })
  satisfied: number;

  @Field(() => String, { nullable: true, description: 'completed ÷ total, 4 decimals (办结率); null without requests.' })
  completionRate: string | null;

  @Field(() => String, { nullable: true, description: 'satisfied ÷ evaluated, 4 decimals (满意率); null without evaluations.' })
  satisfactionRate: string | null;

  @Field(() => String, { nullable: true, description: 'Mean satisfaction of evaluated requests, 1–5, 4 decimals (平均满意度).' })
  averageSatisfaction: string | null;

  constructor(counts: RequestCounts) {
    this.total = counts.total;
    this.completed = counts.completed;
    this.evaluated = counts.evaluated;
    this.satisfied = counts.satisfied;
    this.completionRate = ratio(counts.completed, counts.total);
    this.satisfactionRate = ratio(counts.satisfied, counts.evaluated);
    this.averageSatisfaction = ratio(counts.satisfactionSum, counts.evaluated);
  }
}

@ObjectType('PropertyFeeStatistics', { description: 'Property fees billed and collected in a year (物业费收缴统计).' })
export class PropertyFeeStatistics {
  @Field(() => Int, { description: 'The year (年度).' })
  year: number;

  @Field(() => String, { description: 'Billed, yuan (应收).' })
  billed: string;

  @Field(() => String, { description: 'Collected, yuan (实收).' })
  collected: string;

  @Field(() => String, { nullable: true, description: 'collected ÷ billed, 4 decimals (收缴率); null when nothing was billed.' })
  collectionRate: string | null;

  constructor(year: number, sums: FeeSums) {
    this.year = year;
    this.billed = yuan(sums.billedCents);
    this.collected = yuan(sums.collectedCents);
    this.collectionRate = ratio(sums.collectedCents, sums.billedCents);
  }
}

/**
 * Property figures for an area (District, Street or Community), over what the caller may read: an area role sees
 * its whole area, a property company only its own contracts and requests.
 */
@ObjectType('PropertyAreaStatistics', { description: 'Property figures for an area (物业统计), over what you may read.' })
export class PropertyAreaStatistics {
  /** Which column groups this area's rows, and the area's id; used by the field resolvers. */
  column: GroupColumn;

  @Field(() => ID, { description: 'The area these figures are for.' })
  areaId: string;

  @Field(() => Int, { description: 'Neighborhoods with an active service contract today (签约覆盖小区数).' })
  coveredNeighborhoodCount: number;

  @Field(() => Int, { description: 'Companies holding an active contract here (在管物业企业数).' })
  companyCount: number;

  @Field(() => Int, { description: 'Of those, companies with their own party organisation (红色物业数).' })
  companiesWithPartyOrganizationCount: number;

  @Field(() => String, { nullable: true, description: 'Share of companies with a party organisation, 4 decimals (党组织覆盖率).' })
  partyOrganizationShare: string | null;

  constructor(column: GroupColumn, areaId: string, contracts: ContractCounts) {
    this.column = column;
    this.areaId = areaId;
    this.coveredNeighborhoodCount = contracts.coveredNeighborhoods;
    this.companyCount = contracts.companies;
    this.companiesWithPartyOrganizationCount = contracts.companiesWithPartyOrganization;
    this.partyOrganizationShare = ratio(contracts.companiesWithPartyOrganization, contracts.companies);
  }
}
