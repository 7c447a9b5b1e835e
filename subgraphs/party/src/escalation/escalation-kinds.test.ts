import { EscalationLevel, LADDER, levelAbove } from './escalation-kinds.js';

describe('the ladder', () => {
  it('runs from the branch secretary to the county secretary, one rung at a time', () => {
    expect(LADDER).toEqual(['NEIGHBORHOOD_BRANCH_SECRETARY', 'COMMUNITY_COMMITTEE_SECRETARY', 'STREET_WORKING_COMMITTEE_SECRETARY', 'COUNTY_DEPARTMENT_SECRETARY', 'COUNTY_SECRETARY']);
    expect(levelAbove(EscalationLevel.NEIGHBORHOOD_BRANCH_SECRETARY)).toBe(EscalationLevel.COMMUNITY_COMMITTEE_SECRETARY);
    expect(levelAbove(EscalationLevel.COUNTY_DEPARTMENT_SECRETARY)).toBe(EscalationLevel.COUNTY_SECRETARY);
    expect(levelAbove(EscalationLevel.COUNTY_SECRETARY)).toBeNull();
  });
});
