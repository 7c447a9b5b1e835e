import { PUBLISHED } from './published-figures.js';

/**
 * The shape of a generated district. Figures follow the published reports in DOMAIN.md §5; ranges are drawn
 * uniformly per place.
 */
export interface DistrictProfile {
  key: string;
  districtName: string;
  /** 行政区划代码, also the first six digits of generated ID numbers. */
  districtCode: string;
  streets: { name: string; communities: string[] }[];
  neighborhoodsPerCommunity: [number, number];
  buildingsPerNeighborhood: [number, number];
  floors: [number, number];
  entrancesPerBuilding: [number, number];
  flatsPerFloor: number;
  /** Share of open (开放式) neighborhoods: 荔城区拱辰社区 has 29 open of 60. */
  openShare: number;
  /** Share of units the developer still holds. */
  developerHeldShare: number;
  /** Share of owners who hold a second unit in the same neighborhood. */
  multiUnitOwnerShare: number;
  /** Share of units with two co-owners. */
  coOwnedShare: number;
  /** Property companies, each serving a run of consecutive neighborhoods. */
  propertyCompanies: string[];
  /**
   * Figures the generated district reproduces exactly (the full profiles); without it the district is drawn from the
   * ranges alone, as the test suite's small 梁山县 always was.
   */
  targets?: PlanTargets;
}

/** Exact counts a full profile's plan and seeders aim at; each is optional. */
export interface PlanTargets {
  /** Neighborhood branches: one per neighborhood, the smallest neighborhoods of a community sharing joint branches until this many are left. */
  neighborhoodBranches: number;
  /** Formal members of each single branch drawn from its residents (the small district draws 3–6). */
  membersPerSingleBranch?: [number, number];
  buildingHeads?: number;
  centralHouseholds?: number;
  /** Service stations: the branches' stations first, then the community secretaries' studios. */
  serviceStations?: number;
  /** Micro-wishes posted and not cancelled. */
  microWishes?: number;
  /** Residents' requests per served neighborhood (the small district draws 2–5). */
  requestsPerNeighborhood?: [number, number];
  /** Satisfied ÷ evaluated requests, rounded to 4 decimals as the dashboard gives it (e.g. '0.9890'). */
  requestSatisfactionRate?: string;
  /** Companies (or projects) serving neighborhoods, and how many of them have a party organisation. */
  propertyCompanies?: { count: number; withPartyOrganization: number };
  communityPropertySupervisors?: number;
  propertyHeadsPartTime?: number;
  /** Committees formed in closed neighborhoods, in percent (rounded to whole percent as published). */
  committeeFormationPercent?: number;
  /** Party members among committee members, in percent (rounded to whole percent as published). */
  committeePartyMemberPercent?: number;
  /** Posts on neighborhood branch committees (secretaries, deputies, members). */
  branchCommitteeMembers?: number;
  /** Governance matters that reached COMPLETED or EVALUATED. */
  tripartiteSolved?: number;
}

/** 梁山县 (2 streets, 8 communities), small: the test suite's district (its tests count on exactly this data). */
export const LIANGSHAN: DistrictProfile = {
  key: 'liangshan',
  districtName: '梁山县',
  districtCode: '370832',
  streets: [
    { name: '梁山街道', communities: ['府前社区', '杏花村社区', '青年路社区', '银山社区'] },
    { name: '水泊街道', communities: ['水泊社区', '梁园社区', '东平湖社区', '徐集社区'] },
  ],
  neighborhoodsPerCommunity: [2, 4],
  buildingsPerNeighborhood: [2, 4],
  floors: [4, 6],
  entrancesPerBuilding: [1, 2],
  flatsPerFloor: 2,
  openShare: 0.45,
  developerHeldShare: 0.04,
  multiUnitOwnerShare: 0.05,
  coOwnedShare: 0.3,
  propertyCompanies: ['梁山县鸿运物业服务有限公司', '梁山县水泊物业管理有限公司', '济宁市安居物业服务有限公司', '梁山县宋江湖物业有限公司'],
};

/**
 * 梁山县 as published (DOMAIN.md §5): 89 neighborhood branches, 781 building heads, 2,109 central households, 89
 * stations, 614 micro-wishes, 98.9% request satisfaction; about 95 neighborhoods and 12,000 units. `npm start`'s default.
 */
export const LIANGSHAN_PUBLISHED: DistrictProfile = {
  ...LIANGSHAN,
  key: 'liangshan-published',
  neighborhoodsPerCommunity: [11, 13],
  buildingsPerNeighborhood: [7, 10],
  targets: {
    neighborhoodBranches: PUBLISHED.liangshan.neighborhoodBranches,
    membersPerSingleBranch: [26, 34],
    buildingHeads: PUBLISHED.liangshan.buildingHeads,
    centralHouseholds: PUBLISHED.liangshan.centralHouseholds,
    serviceStations: PUBLISHED.liangshan.serviceStations,
    microWishes: PUBLISHED.liangshan.microWishes,
    requestsPerNeighborhood: [6, 9],
    requestSatisfactionRate: '0.9890',
  },
};

const JIANGHAN_STREETS = ['民族街道', '花楼街道', '水塔街道', '民权街道', '满春街道', '民意街道', '新华街道', '万松街道', '唐家墩街道', '北湖街道', '常青街道', '汉兴街道', '前进街道'];
const COMMUNITY_WORDS = ['友谊', '新华', '红旗', '长青', '建设', '和平', '幸福', '北湖', '前进', '民主', '复兴', '振兴', '万松', '青年', '同心', '团结', '花园', '江滨', '汉兴', '常青', '西园', '东风', '南洋', '桃源', '唐家', '杨汊', '贺家', '新村', '正街', '大兴'];

/** 江汉区 (13 streets, 109 communities, ~600 neighborhoods): the district-scale profile for benchmarks. */
export const JIANGHAN: DistrictProfile = {
  key: 'jianghan',
  districtName: '江汉区',
  districtCode: '420103',
  streets: JIANGHAN_STREETS.map((name, streetIndex) => ({
    name,
    // 109 communities: eight per street, nine for the first five.
    communities: Array.from({ length: streetIndex < 5 ? 9 : 8 }, (_, index) => `${COMMUNITY_WORDS[(streetIndex * 7 + index) % COMMUNITY_WORDS.length]}${index < 3 ? '' : ['一', '二', '三', '四', '五', '六'][index - 3]}社区`),
  })),
  neighborhoodsPerCommunity: [4, 7],
  buildingsPerNeighborhood: [3, 10],
  floors: [6, 18],
  entrancesPerBuilding: [1, 2],
  flatsPerFloor: 2,
  openShare: 0.35,
  developerHeldShare: 0.03,
  multiUnitOwnerShare: 0.05,
  coOwnedShare: 0.3,
  propertyCompanies: Array.from({ length: 240 }, (_, index) => `江汉${['安居', '城投', '万科', '保利', '中建', '民生', '汉口', '江城'][index % 8]}物业第${index + 1}项目部`),
  targets: {
    neighborhoodBranches: PUBLISHED.jianghan.neighborhoodBranches,
    membersPerSingleBranch: [9, 14],
    centralHouseholds: PUBLISHED.jianghan.centralHouseholds,
    serviceStations: PUBLISHED.jianghan.serviceStations,
    propertyCompanies: { count: 240, withPartyOrganization: PUBLISHED.jianghan.companiesWithPartyOrganization },
    communityPropertySupervisors: PUBLISHED.jianghan.communityPropertySupervisors,
    propertyHeadsPartTime: PUBLISHED.jianghan.propertyHeadsPartTime,
    committeeFormationPercent: Number(PUBLISHED.jianghan.committeeFormationPercent),
    committeePartyMemberPercent: Number(PUBLISHED.jianghan.committeePartyMemberPercent),
    branchCommitteeMembers: PUBLISHED.jianghan.branchCommitteeMembers,
    tripartiteSolved: PUBLISHED.jianghan.tripartiteSolved,
  },
};

/** By DEMO_PROFILE / BENCH_PROFILE: `liangshan` is the published county, `liangshan-small` the test suite's district. */
export const PROFILES: Record<string, DistrictProfile> = { liangshan: LIANGSHAN_PUBLISHED, 'liangshan-small': LIANGSHAN, [JIANGHAN.key]: JIANGHAN };
