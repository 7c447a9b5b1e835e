import { registerEnumType } from 'type-graphql';

export enum ResolutionOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  NO_QUORUM = 'NO_QUORUM',
}
registerEnumType(ResolutionOutcome, {
  name: 'ResolutionOutcome',
  description: 'What the tally decided (表决结果).',
  valuesConfig: {
    PASSED: { description: 'Quorum met and approved (通过).' },
    FAILED: { description: 'Quorum met, not approved (未通过).' },
    NO_QUORUM: { description: 'Too few owners or too little area took part (参与表决不足法定比例).' },
  },
});
