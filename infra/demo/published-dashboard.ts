import { PUBLISHED } from './published-figures.js';

/**
 * The district dashboard read as the published reports state their figures (DOMAIN.md §5): one operation through the
 * gateway, then each figure taken from the field that counts it and written with the report's precision. The
 * published-figures test and `npm run bench:published` compare this with infra/demo/published-figures.ts.
 */
export const PUBLISHED_DASHBOARD = `query PublishedFigures($district: ID!) {
  district(id: $district) {
    name
    streets { id communities { id } }
    partyStatistics { neighborhoodBranches branchCommitteeMembers centralHouseholds serviceStations crossAppointmentsByKind { kind count } }
    headStatistics { buildingHeads }
    governanceMatterResults { solved }
    ownersStatistics { formationRatePercent }
    ownersCommitteePartyShare { sharePercent }
    propertyStatistics { companiesWithPartyOrganizationCount requests { satisfactionRate } }
    cobuildingStatistics { wishesPosted }
  }
}`;

export interface PublishedDashboardData {
  district: {
    name: string;
    streets: { id: string; communities: { id: string }[] }[];
    partyStatistics: { neighborhoodBranches: number; branchCommitteeMembers: number; centralHouseholds: number; serviceStations: number; crossAppointmentsByKind: { kind: string; count: number }[] };
    headStatistics: { buildingHeads: number };
    governanceMatterResults: { solved: number };
    ownersStatistics: { formationRatePercent: string | null };
    ownersCommitteePartyShare: { sharePercent: string | null };
    propertyStatistics: { companiesWithPartyOrganizationCount: number; requests: { satisfactionRate: string | null } };
    cobuildingStatistics: { wishesPosted: number };
  } | null;
}

/** A percentage given with more decimals, rounded half up to `decimals` as the reports print it. */
function roundPercent(value: string | null, decimals: number): string | null {
  if (value === null) return null;
  const scale = 10 ** decimals;
  const rounded = Math.round(Number(value) * scale + 1e-9) / scale;
  return rounded.toFixed(decimals);
}

/** Every figure the reports publish, from the dashboard's answer (the field each comes from is named). */
function everyFigure(data: NonNullable<PublishedDashboardData['district']>) {
  const kind = (name: string) => data.partyStatistics.crossAppointmentsByKind.find((row) => row.kind === name)?.count ?? 0;
  const satisfaction = data.propertyStatistics.requests.satisfactionRate;
  return {
    /** district.streets */
    streets: data.streets.length,
    /** district.streets.communities */
    communities: data.streets.reduce((total, street) => total + street.communities.length, 0),
    /** partyStatistics.neighborhoodBranches */
    neighborhoodBranches: data.partyStatistics.neighborhoodBranches,
    /** partyStatistics.branchCommitteeMembers */
    branchCommitteeMembers: data.partyStatistics.branchCommitteeMembers,
    /** headStatistics.buildingHeads */
    buildingHeads: data.headStatistics.buildingHeads,
    /** partyStatistics.centralHouseholds */
    centralHouseholds: data.partyStatistics.centralHouseholds,
    /** partyStatistics.serviceStations */
    serviceStations: data.partyStatistics.serviceStations,
    /** cobuildingStatistics.wishesPosted */
    microWishes: data.cobuildingStatistics.wishesPosted,
    /** propertyStatistics.requests.satisfactionRate (a ratio with 4 decimals), as a percentage with one decimal. */
    requestSatisfactionPercent: satisfaction === null ? null : roundPercent(String(Number(satisfaction) * 100), 1),
    /** propertyStatistics.companiesWithPartyOrganizationCount */
    companiesWithPartyOrganization: data.propertyStatistics.companiesWithPartyOrganizationCount,
    /** partyStatistics.crossAppointmentsByKind COMMUNITY_PROPERTY_SUPERVISOR */
    communityPropertySupervisors: kind('COMMUNITY_PROPERTY_SUPERVISOR'),
    /** partyStatistics.crossAppointmentsByKind PROPERTY_HEAD_PART_TIME_COMMITTEE */
    propertyHeadsPartTime: kind('PROPERTY_HEAD_PART_TIME_COMMITTEE'),
    /** ownersStatistics.formationRatePercent (2 decimals), in whole percent. */
    committeeFormationPercent: roundPercent(data.ownersStatistics.formationRatePercent, 0),
    /** ownersCommitteePartyShare.sharePercent (2 decimals), in whole percent. */
    committeePartyMemberPercent: roundPercent(data.ownersCommitteePartyShare.sharePercent, 0),
    /** governanceMatterResults.solved */
    tripartiteSolved: data.governanceMatterResults.solved,
  };
}

export type PublishedDistrict = keyof typeof PUBLISHED;

/** The dashboard's answer in the shape of PUBLISHED[district]: the figures that report publishes, and only those. */
export function publishedView(district: PublishedDistrict, data: PublishedDashboardData): Record<string, unknown> {
  if (!data.district) throw new Error('the dashboard returned no district');
  const figures: Record<string, unknown> = everyFigure(data.district);
  return Object.fromEntries(Object.keys(PUBLISHED[district]).map((key) => [key, figures[key]]));
}
