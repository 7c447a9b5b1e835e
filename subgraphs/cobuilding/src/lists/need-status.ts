import { registerEnumType } from 'type-graphql';

/** Where a need stands: open until it is met or withdrawn; a closed need keeps who closed it, when and why. */
export enum CobuildingNeedStatus {
  OPEN = 'OPEN',
  MET = 'MET',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(CobuildingNeedStatus, {
  name: 'CobuildingNeedStatus',
  description: 'Stage of a need (需求状态).',
  valuesConfig: {
    OPEN: { description: 'Still needed; projects may be planned for it (待满足).' },
    MET: { description: 'Met, by a project or otherwise (已满足).' },
    WITHDRAWN: { description: 'No longer needed (已撤回).' },
  },
});
