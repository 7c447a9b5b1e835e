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
}

/** 梁山县 (2 streets, 8 communities): small enough for a quick first start and for tests. */
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

export const PROFILES: Record<string, DistrictProfile> = { [LIANGSHAN.key]: LIANGSHAN };
