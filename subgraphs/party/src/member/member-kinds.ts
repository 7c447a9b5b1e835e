import { registerEnumType } from 'type-graphql';

export enum PartyMemberCategory {
  FORMAL = 'FORMAL',
  PROBATIONARY = 'PROBATIONARY',
}

registerEnumType(PartyMemberCategory, {
  name: 'PartyMemberCategory',
  description: 'Category of membership (党员类别).',
  valuesConfig: {
    FORMAL: { description: 'Formal member (正式党员).' },
    PROBATIONARY: { description: 'Probationary member (预备党员).' },
  },
});

export enum PartyMemberStatus {
  IN_SERVICE = 'IN_SERVICE',
  RETIRED = 'RETIRED',
  MOBILE = 'MOBILE',
  WITHOUT_POST = 'WITHOUT_POST',
}

registerEnumType(PartyMemberStatus, {
  name: 'PartyMemberStatus',
  description: "A member's working status (党员状态).",
  valuesConfig: {
    IN_SERVICE: { description: 'In service (在职党员): reports to the community where they live (双报到).' },
    RETIRED: { description: 'Retired (离退休党员).' },
    MOBILE: { description: 'Mobile (流动党员): away from where the membership is held.' },
    WITHOUT_POST: { description: 'Without a post (无固定职业/无职党员).' },
  },
});
