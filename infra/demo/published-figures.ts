/**
 * The figures the county and district reports publish (../shared/DOMAIN.md §5), written once. The full demo profiles
 * aim at them and the published-figures tests compare the graph's dashboard with them, never with the generator's plan.
 */
export const PUBLISHED = {
  /** 梁山县. */
  liangshan: {
    streets: 2,
    communities: 8,
    neighborhoodBranches: 89,
    buildingHeads: 781,
    centralHouseholds: 2109,
    serviceStations: 89,
    microWishes: 614,
    /** Complaint (request) satisfaction, in percent with the published precision. */
    requestSatisfactionPercent: '98.9',
  },
  /** 江汉区. */
  jianghan: {
    communities: 109,
    neighborhoodBranches: 597,
    branchCommitteeMembers: 2200,
    centralHouseholds: 5000,
    serviceStations: 213,
    /** Party organisations in property companies/projects (红色物业). */
    companiesWithPartyOrganization: 220,
    /** Community committee members serving as property supervisors (交叉任职). */
    communityPropertySupervisors: 168,
    /** Property heads serving as part-time community committee members (交叉任职). */
    propertyHeadsPartTime: 64,
    committeeFormationPercent: '88',
    committeePartyMemberPercent: '51',
    /** Problems solved by the tripartite mechanism (三方联动). */
    tripartiteSolved: 3000,
  },
} as const;
