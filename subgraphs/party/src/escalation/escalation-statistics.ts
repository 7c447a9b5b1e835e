import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { EscalationLevel, LADDER } from './escalation-kinds.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

@ObjectType({ description: 'Calls and solved problems at one level of the ladder (分级统计).' })
export class EscalationLevelFigures {
  @Field(() => EscalationLevel, { description: 'Level (层级).' })
  level!: EscalationLevel;

  @Field(() => Int, { description: 'Times this level was called (被呼叫次数).' })
  calls = 0;

  @Field(() => Int, { description: 'Problems this level solved (解决问题数).' })
  solved = 0;

  @Field(() => Int, { description: 'Calls this level let run over time (超时次数).' })
  overdue = 0;
}

@ObjectType({ description: 'Escalations of an area (逐级呼叫统计): totals and every level of the ladder, lowest first.' })
export class EscalationStatistics {
  @Field(() => Int, { description: 'Escalations raised (发起呼叫).' })
  raised = 0;

  @Field(() => Int, { description: 'Of which solved (已解决).' })
  solved = 0;

  @Field(() => Int, { description: 'Of which still open (待回应).' })
  open = 0;

  @Field(() => [EscalationLevelFigures], { description: 'Figures per level, every level listed.' })
  levels: EscalationLevelFigures[] = [];
}

const COLUMN: Record<AreaLevel, string> = { district: 'district_id', street: 'street_id', community: 'community_id' };

/** Figures for many areas of one level: two grouped statements, results in the order of `areaIds`. */
export async function loadEscalationStatistics(em: EntityManager, level: AreaLevel, areaIds: readonly string[]): Promise<EscalationStatistics[]> {
  const column = COLUMN[level];
  const list = placeholders(areaIds);
  const connection = em.getConnection();
  const [totals, calls] = await Promise.all([
    connection.execute<Record<string, string>[]>(
      `select ${column} as area, resolved_level, count(*) as raised, count(*) filter (where status = 'RESOLVED') as solved
       from party.escalation where ${column} in (${list}) group by ${column}, resolved_level`,
      [...areaIds],
    ),
    connection.execute<Record<string, string>[]>(
      `select escalation.${column} as area, call.level, count(*) as calls, count(*) filter (where call.outcome = 'OVERDUE') as overdue
       from party.escalation_call call join party.escalation escalation on escalation.id = call.escalation_id
       where escalation.${column} in (${list}) group by escalation.${column}, call.level`,
      [...areaIds],
    ),
  ]);
  return areaIds.map((id) => {
    const figures = new EscalationStatistics();
    const own = totals.filter((row) => row.area === id);
    figures.raised = own.reduce((sum, row) => sum + Number(row.raised), 0);
    figures.solved = own.reduce((sum, row) => sum + Number(row.solved), 0);
    figures.open = figures.raised - figures.solved;
    figures.levels = LADDER.map((ladderLevel) => {
      const row = calls.find((candidate) => candidate.area === id && candidate.level === ladderLevel);
      return Object.assign(new EscalationLevelFigures(), {
        level: ladderLevel,
        calls: Number(row?.calls ?? 0),
        overdue: Number(row?.overdue ?? 0),
        solved: Number(own.find((candidate) => candidate.resolved_level === ladderLevel)?.solved ?? 0),
      });
    });
    return figures;
  });
}
