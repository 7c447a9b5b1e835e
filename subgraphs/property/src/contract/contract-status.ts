import { registerEnumType } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { ServiceContract } from './service-contract.entity.js';
import { contractEnd } from './contract-period.js';
import { activeOn } from './active-contract.filter.js';

/** Where a contract stands on a day, derived from its dates (never stored). */
export enum ServiceContractStatus {
  UPCOMING = 'UPCOMING',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

registerEnumType(ServiceContractStatus, {
  name: 'ServiceContractStatus',
  description: 'Where a service contract stands today, China Standard Time (合同状态).',
  valuesConfig: {
    UPCOMING: { description: 'Signed, service not yet begun (未开始).' },
    ACTIVE: { description: 'In force (履行中).' },
    ENDED: { description: 'Ended: expired or the company left (已终止/到期).' },
  },
});

export function contractStatusOn(contract: { startsOn: string; endsOn: string | null; endedOn: string | null }, day: string): ServiceContractStatus {
  if (day < contract.startsOn) return ServiceContractStatus.UPCOMING;
  const end = contractEnd(contract);
  return end !== null && end <= day ? ServiceContractStatus.ENDED : ServiceContractStatus.ACTIVE;
}

/** Contracts in one of `statuses` on `day`, as a where-clause. */
export function contractStatusWhere(statuses: readonly ServiceContractStatus[], day: string): FilterQuery<ServiceContract> {
  const clauses: FilterQuery<ServiceContract>[] = statuses.map((status) => {
    if (status === ServiceContractStatus.UPCOMING) return { startsOn: { $gt: day } };
    if (status === ServiceContractStatus.ACTIVE) return activeOn(day);
    return { startsOn: { $lte: day }, $or: [{ endedOn: { $lte: day } }, { endedOn: null, endsOn: { $lte: day } }] };
  });
  return { $or: clauses };
}
