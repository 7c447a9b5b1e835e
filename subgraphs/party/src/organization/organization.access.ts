import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { isContractedCompanyOf, isResponsibleFor, type OrganizationFacts } from '../access/party-access.js';

/** Roots of a district's tree (a street working committee, a joint-building unit's organisation) are created by its DISTRICT office. */
export function assertDistrictOfficeOf(caller: Caller, districtId: string, what: string): void {
  if (caller.role !== Role.DISTRICT || !effectiveGrant(caller).districtIds.includes(districtId)) {
    throw forbidden(`Your role (${caller.role}) may not create ${what}: only the DISTRICT office of that district may.`);
  }
}

/** Sensitive lists of an organisation (`what`: its members, posts, …): only the party office responsible for it reads them. */
export function assertReadsInside(caller: Caller, organization: OrganizationFacts & { name: string }, what: string): void {
  if (!isResponsibleFor(caller, organization)) {
    throw forbidden(`Your role (${caller.role}) may not read the ${what} of ${organization.name}: only its own party office may; others see the counts.`, {
      organizationId: organization.id,
    });
  }
}

/** The contact post is read by the organisation's own party office and the property companies serving its neighborhoods. */
export function assertMayReadContactPost(caller: Caller, organization: OrganizationFacts & { name: string }): void {
  if (!isResponsibleFor(caller, organization) && !isContractedCompanyOf(caller, organization)) {
    throw forbidden(`Your role (${caller.role}) may not read the contact post of ${organization.name}: its own party office and the property companies serving its neighborhoods may.`, {
      organizationId: organization.id,
    });
  }
}
