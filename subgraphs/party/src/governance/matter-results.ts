import { Field, Int, ObjectType } from 'type-graphql';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NO_MATTER_FACTS } from '../../../platform/governance/matter-stage-facts.js';
import type { MatterServiceCount } from '../../../platform/governance/matter-service-count.js';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { DeliberationOutcome, GovernanceStage } from './governance-kinds.js';
import { completedStage } from './matter-stage.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

@ObjectType('GovernanceMatterResults', {
  description:
    "Governance matters of an area that 三议一服务 carried to completion (三方联动解决问题数): counted here from the matters' deliberations and the service the property and cobuilding subgraphs report.",
})
export class GovernanceMatterResults {
  @Field(() => Int, { description: 'Matters proposed by branches of the area, withdrawn ones included (提议事项).' })
  proposed = 0;

  @Field(() => Int, { description: 'Matters whose service is done, not all of it evaluated yet (stage COMPLETED, 办结).' })
  completed = 0;

  @Field(() => Int, { description: 'Matters whose service is done and evaluated (stage EVALUATED, 已评价).' })
  evaluated = 0;

  @Field(() => Int, { description: 'completed + evaluated: problems solved by the tripartite mechanism (三方联动解决问题数).' })
  solved = 0;
}

/** A matter of an area as far as its stage needs: its own deliberations and whether it was withdrawn. */
export interface MatterStanding {
  id: string;
  withdrawn: boolean;
  outcomes: DeliberationOutcome[];
}

const COLUMN: Record<AreaLevel, string> = { district: 'district_id', street: 'street_id', community: 'community_id' };

/** The matters of many areas of one level, with their deliberations' outcomes: one statement. */
export function createMatterStandingsLoader(em: EntityManager, level: AreaLevel): DataLoader<string, MatterStanding[]> {
  const column = COLUMN[level];
  return new DataLoader<string, MatterStanding[]>(async (areaIds) => {
    const rows = await em.getConnection().execute<{ area: string; id: string; withdrawn: boolean; outcomes: DeliberationOutcome[] | string | null }[]>(
      `select m.${column} as area, m.id, m.withdrawn_on is not null as withdrawn,
              array_remove(array_agg(d.outcome::text), null) as outcomes
       from party.governance_matter m left join party.matter_deliberation d on d.matter_id = m.id
       where m.${column} in (${placeholders(areaIds)})
       group by m.${column}, m.id order by m.id`,
      [...areaIds],
    );
    const byArea = new Map<string, MatterStanding[]>();
    for (const row of rows) {
      const outcomes = Array.isArray(row.outcomes) ? row.outcomes : typeof row.outcomes === 'string' ? (row.outcomes.replace(/^\{|\}$/g, '').split(',').filter(Boolean) as DeliberationOutcome[]) : [];
      byArea.set(row.area, [...(byArea.get(row.area) ?? []), { id: row.id, withdrawn: Boolean(row.withdrawn), outcomes }]);
    }
    return areaIds.map((id) => byArea.get(id) ?? []);
  });
}

/** The area's results: each matter's stage from its standing and the service counts the gateway brought. */
export function matterResults(matters: readonly MatterStanding[], property: readonly MatterServiceCount[] = [], cobuilding: readonly MatterServiceCount[] = []): GovernanceMatterResults {
  const propertyOf = new Map(property.map((count) => [count.matterId, count]));
  const cobuildingOf = new Map(cobuilding.map((count) => [count.matterId, count]));
  const results = new GovernanceMatterResults();
  results.proposed = matters.length;
  for (const matter of matters) {
    const stage = completedStage({
      withdrawn: matter.withdrawn,
      outcomes: matter.outcomes,
      propertyFacts: propertyOf.get(matter.id) ?? NO_MATTER_FACTS,
      cobuildingFacts: cobuildingOf.get(matter.id) ?? NO_MATTER_FACTS,
    });
    if (stage === GovernanceStage.COMPLETED) results.completed++;
    if (stage === GovernanceStage.EVALUATED) results.evaluated++;
  }
  results.solved = results.completed + results.evaluated;
  return results;
}
