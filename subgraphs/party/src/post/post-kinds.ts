import { registerEnumType } from 'type-graphql';

export enum PartyPostKind {
  SECRETARY = 'SECRETARY',
  DEPUTY_SECRETARY = 'DEPUTY_SECRETARY',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  PART_TIME_COMMITTEE_MEMBER = 'PART_TIME_COMMITTEE_MEMBER',
  GROUP_LEADER = 'GROUP_LEADER',
}

registerEnumType(PartyPostKind, {
  name: 'PartyPostKind',
  description: 'Post in a party organisation (党内职务).',
  valuesConfig: {
    SECRETARY: { description: 'Secretary (书记); the contact post of a branch.' },
    DEPUTY_SECRETARY: { description: 'Deputy secretary (副书记).' },
    COMMITTEE_MEMBER: { description: 'Committee member (委员).' },
    PART_TIME_COMMITTEE_MEMBER: { description: 'Part-time committee member (兼职委员), e.g. a property head or a unit member.' },
    GROUP_LEADER: { description: 'Leader of a building group (党小组组长).' },
  },
});

export enum SecretaryOrigin {
  COMMUNITY_COMMITTEE_MEMBER = 'COMMUNITY_COMMITTEE_MEMBER',
  ELECTED_RESIDENT_MEMBER = 'ELECTED_RESIDENT_MEMBER',
  RETIRED_OFFICIAL = 'RETIRED_OFFICIAL',
  VETERAN = 'VETERAN',
  FIRST_SECRETARY_FROM_UNIT = 'FIRST_SECRETARY_FROM_UNIT',
}

registerEnumType(SecretaryOrigin, {
  name: 'PartySecretaryOrigin',
  description: 'Where a secretary came from (书记来源).',
  valuesConfig: {
    COMMUNITY_COMMITTEE_MEMBER: { description: 'A community committee member serving concurrently (社区"两委"成员兼任).' },
    ELECTED_RESIDENT_MEMBER: { description: 'A resident member elected by the branch (居民党员选任).' },
    RETIRED_OFFICIAL: { description: 'A dispatched retired official (退休干部).' },
    VETERAN: { description: 'A veteran (退役军人).' },
    FIRST_SECRETARY_FROM_UNIT: { description: 'A first secretary sent by a unit (单位选派第一书记).' },
  },
});
