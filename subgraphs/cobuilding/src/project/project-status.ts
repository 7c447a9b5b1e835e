import { registerEnumType } from 'type-graphql';

/**
 * Where a co-building project stands: planned → in progress → completed → evaluated, in that order only; a planned
 * or running project may instead be cancelled (终止), which ends it.
 */
export enum CobuildingProjectStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  EVALUATED = 'EVALUATED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(CobuildingProjectStatus, {
  name: 'CobuildingProjectStatus',
  description: 'Stage of a co-building project (项目状态).',
  valuesConfig: {
    PLANNED: { description: 'Agreed, not started (已立项).' },
    IN_PROGRESS: { description: 'Under way (实施中).' },
    COMPLETED: { description: 'Done, beneficiaries counted (已完成).' },
    EVALUATED: { description: 'Evaluated by the community (已评价).' },
    CANCELLED: { description: 'Stopped before completion, with a reason (已终止).' },
  },
});
