import { registerEnumType } from 'type-graphql';

/** The rungs of 梁山县's ladder (逐级呼叫、分级回应), lowest first. */
export enum EscalationLevel {
  NEIGHBORHOOD_BRANCH_SECRETARY = 'NEIGHBORHOOD_BRANCH_SECRETARY',
  COMMUNITY_COMMITTEE_SECRETARY = 'COMMUNITY_COMMITTEE_SECRETARY',
  STREET_WORKING_COMMITTEE_SECRETARY = 'STREET_WORKING_COMMITTEE_SECRETARY',
  COUNTY_DEPARTMENT_SECRETARY = 'COUNTY_DEPARTMENT_SECRETARY',
  COUNTY_SECRETARY = 'COUNTY_SECRETARY',
}

registerEnumType(EscalationLevel, {
  name: 'EscalationLevel',
  description: 'A level of the escalation ladder (呼叫层级).',
  valuesConfig: {
    NEIGHBORHOOD_BRANCH_SECRETARY: { description: 'Neighborhood branch secretary (小区支部书记).' },
    COMMUNITY_COMMITTEE_SECRETARY: { description: 'Community committee secretary (社区党委书记).' },
    STREET_WORKING_COMMITTEE_SECRETARY: { description: 'Street working committee secretary (街道党工委书记).' },
    COUNTY_DEPARTMENT_SECRETARY: { description: 'Party group secretary of the county department concerned (县直部门党组书记).' },
    COUNTY_SECRETARY: { description: 'County party secretary (县委书记).' },
  },
});

export const LADDER: readonly EscalationLevel[] = Object.values(EscalationLevel);

/** The level above `level`, or null at the top. */
export function levelAbove(level: EscalationLevel): EscalationLevel | null {
  return LADDER[LADDER.indexOf(level) + 1] ?? null;
}

/** Response time limits in hours when a district has set none (分级回应时限). */
export const DEFAULT_RESPONSE_HOURS: Readonly<Record<EscalationLevel, number>> = {
  NEIGHBORHOOD_BRANCH_SECRETARY: 72,
  COMMUNITY_COMMITTEE_SECRETARY: 72,
  STREET_WORKING_COMMITTEE_SECRETARY: 120,
  COUNTY_DEPARTMENT_SECRETARY: 168,
  COUNTY_SECRETARY: 240,
};

export enum EscalationSubject {
  SERVICE_REQUEST = 'SERVICE_REQUEST',
  NEIGHBORHOOD_PROBLEM = 'NEIGHBORHOOD_PROBLEM',
}

registerEnumType(EscalationSubject, {
  name: 'EscalationSubject',
  description: 'What is escalated (呼叫事项).',
  valuesConfig: {
    SERVICE_REQUEST: { description: "A resident's request (诉求) the property company could not resolve." },
    NEIGHBORHOOD_PROBLEM: { description: 'A problem of the neighborhood (小区难题).' },
  },
});

export enum EscalationStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

registerEnumType(EscalationStatus, {
  name: 'EscalationStatus',
  description: 'Status (状态).',
  valuesConfig: { OPEN: { description: 'Waiting for an answer (待回应).' }, RESOLVED: { description: 'Resolved (已解决).' } },
});

/** How a call reached its level, and how it left it. */
export enum EscalationCallReason {
  RAISED = 'RAISED',
  CALLED_UP = 'CALLED_UP',
  OVERDUE = 'OVERDUE',
}

registerEnumType(EscalationCallReason, {
  name: 'EscalationCallReason',
  description: 'Why a level was called (呼叫原因).',
  valuesConfig: {
    RAISED: { description: 'The problem was raised here (发起).' },
    CALLED_UP: { description: 'The level below answered that it cannot solve it and called this one (逐级呼叫).' },
    OVERDUE: { description: 'The level below did not answer in time; the scheduled check moved it up (超时上移).' },
  },
});

export enum EscalationCallOutcome {
  RESOLVED = 'RESOLVED',
  CALLED_UP = 'CALLED_UP',
  OVERDUE = 'OVERDUE',
}

registerEnumType(EscalationCallOutcome, {
  name: 'EscalationCallOutcome',
  description: 'How a level ended its turn (回应结果).',
  valuesConfig: {
    RESOLVED: { description: 'It solved the problem (已解决).' },
    CALLED_UP: { description: 'It answered and called the level above (上报).' },
    OVERDUE: { description: 'It did not answer in time (超时).' },
  },
});
