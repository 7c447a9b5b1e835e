import { Field, InputType } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import { IS_DATE } from '../../../platform/calendar/calendar-day.js';

@InputType('CobuildingPeriodInput', { description: 'A period of days by China’s calendar, both included (统计期间).' })
export class CobuildingPeriodInput {
  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  @IS_DATE('period.from')
  from!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD; not before the first.' })
  @IS_DATE('period.to')
  to!: string;
}

/** A period as the statements use it: the first instant of its first day, the first instant after its last day. */
export interface StatisticsPeriod {
  key: string;
  fromDay: string;
  toDay: string;
  start: string;
  end: string;
}

const CHINA_OFFSET_MS = 8 * 3600_000;

export function statisticsPeriod(input: CobuildingPeriodInput): StatisticsPeriod {
  if (input.to < input.from) throw badUserInput('period.to must not be before period.from.', { field: 'period.to' });
  const start = new Date(Date.parse(`${input.from}T00:00:00Z`) - CHINA_OFFSET_MS);
  const end = new Date(Date.parse(`${input.to}T00:00:00Z`) - CHINA_OFFSET_MS + 86_400_000);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw badUserInput('period must name real days, YYYY-MM-DD.', { field: 'period' });
  return { key: `${input.from}/${input.to}`, fromDay: input.from, toDay: input.to, start: start.toISOString(), end: end.toISOString() };
}
