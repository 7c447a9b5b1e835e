import { registerEnumType } from 'type-graphql';

export enum BallotChoiceValue {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(BallotChoiceValue, {
  name: 'OwnersBallotChoice',
  description: 'A unit\'s vote on a motion (表决意见).',
  valuesConfig: { FOR: { description: 'Agree (同意).' }, AGAINST: { description: 'Disagree (反对).' }, ABSTAIN: { description: 'Abstain (弃权): takes part, does not approve.' } },
});

export enum BallotChannel {
  RESIDENT = 'RESIDENT',
  PAPER = 'PAPER',
  PROXY = 'PROXY',
}
registerEnumType(BallotChannel, {
  name: 'OwnersBallotChannel',
  description: 'How a ballot reached the record (投票方式).',
  valuesConfig: {
    RESIDENT: { description: 'Cast by an owner of the unit themself, online (业主本人网络投票).' },
    PAPER: { description: 'A paper ballot entered by the committee (纸质选票, 业委会录入).' },
    PROXY: { description: 'Cast by a proxy, entered by the committee with the proxy named (委托投票).' },
  },
});
