import type { FilterQuery } from '@mikro-orm/core';
import type { ServiceContract } from './service-contract.entity.js';

/** Contracts in force on `day` (see contract-period.ts: started, and neither ended nor expired). */
export function activeOn(day: string): FilterQuery<ServiceContract> {
  return {
    startsOn: { $lte: day },
    $or: [{ endedOn: { $gt: day } }, { endedOn: null, endsOn: null }, { endedOn: null, endsOn: { $gt: day } }],
  };
}

/** The same condition as SQL over a contract table alias, with the day as a parameter. */
export function activeOnSql(alias: string): string {
  return `(${alias}.starts_on <= ?::date and (coalesce(${alias}.ended_on, ${alias}.ends_on) is null or coalesce(${alias}.ended_on, ${alias}.ends_on) > ?::date))`;
}
