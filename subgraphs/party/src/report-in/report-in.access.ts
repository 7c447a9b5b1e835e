import type { Caller } from '../../../platform/access/caller.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { readsArea } from '../access/party-access.js';

/** Where a report-in (or a community reported to) sits. */
interface ReportedCommunity {
  communityId: string;
  districtId: string;
  streetId: string | null;
}

/** The receiving community's area offices see who reported to it: that is what reporting is for. */
export function receivesReportIn(caller: Caller, reportIn: ReportedCommunity): boolean {
  return readsArea(caller, { level: 'community', id: reportIn.communityId, districtId: reportIn.districtId, streetId: reportIn.streetId });
}

/** The report-ins to a community are read by its COMMUNITY, STREET and DISTRICT offices. */
export function assertMayReadReportIns(caller: Caller, community: ReportedCommunity): void {
  if (!receivesReportIn(caller, community)) {
    throw forbidden(`Your role (${caller.role}) may not read report-ins to this community: its COMMUNITY, STREET and DISTRICT offices may.`);
  }
}

/**
 * Who reported is seen by the receiving community's offices, and by whoever may see the membership
 * (`seesMembership`, asked only when the caller does not receive the report-in).
 */
export async function assertMaySeeReporter(caller: Caller, reportIn: ReportedCommunity, seesMembership: () => Promise<boolean>): Promise<void> {
  if (!receivesReportIn(caller, reportIn) && !(await seesMembership())) {
    throw forbidden(`Your role (${caller.role}) may not see who reported.`);
  }
}
