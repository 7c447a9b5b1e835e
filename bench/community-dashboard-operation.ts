import { Role } from '../subgraphs/platform/access/role.js';

/**
 * The district dashboard of the README, per street and community (figures from four subgraphs in one operation),
 * as a benchmark operation, with its floor: the same figures per community with SQL alone, one grouped statement
 * per table over the district.
 */
export function communityDashboardOperation(districtId: string) {
  const values = [districtId];
  return {
    name: 'dashboard per street and community (README)',
    role: Role.DISTRICT,
    query: `query($id: ID!) { district(id: $id) { name streets { name communities { name
    partyStatistics { neighborhoodBranches buildingGroups centralHouseholds serviceStations crossAppointmentsByKind { kind count } }
    ownersStatistics { formationRatePercent } ownersCommitteePartyShare { partyMembers committeeMembers sharePercent }
    propertyStatistics { companiesWithPartyOrganizationCount requests { completionRate satisfactionRate } }
    cobuildingStatistics { wishesFulfilled projectsByStatus { status count } } } } } }`,
    variables: { id: districtId },
    floor: [
      {
        text: `select d.name, s.name, c.id, c.name from registry.district d join registry.street s on s.district_id = d.id
               join registry.community c on c.street_id = s.id where d.id = $1 order by s.name, c.name`,
        values,
      },
      {
        text: `select community_id, count(*) filter (where kind = 'NEIGHBORHOOD_BRANCH'), count(*) filter (where kind = 'BUILDING_GROUP')
               from party.organization where district_id = $1 group by community_id`,
        values,
      },
      { text: 'select community_id, count(*) from party.central_household where ended_on is null and district_id = $1 group by community_id', values },
      { text: 'select community_id, count(*) from party.service_station where closed_on is null and district_id = $1 group by community_id', values },
      {
        text: `select community_id, kind, count(*) from party.cross_appointment
               where district_id = $1 and term_start <= current_date and current_date <= coalesce(ended_on, term_end) group by community_id, kind`,
        values,
      },
      {
        text: `select n.community_id, count(*) filter (where n.kind = 'CLOSED') as eligible,
                 count(*) filter (where n.kind = 'CLOSED' and exists (select 1 from owners.owners_committee oc where oc.neighborhood_id = n.id and oc.status = 'ACTIVE')) as formed
               from registry.neighborhood n where n.district_id = $1 group by n.community_id`,
        values,
      },
      {
        text: `select oc.community_id, count(distinct cm.person_id) as members, count(distinct cm.person_id) filter (where pm.id is not null) as party_members
               from owners.owners_committee oc join owners.committee_member cm on cm.committee_id = oc.id and cm.role <> 'EXECUTIVE_SECRETARY'
               left join party.member pm on pm.person_id = cm.person_id
               where oc.status = 'ACTIVE' and oc.district_id = $1 group by oc.community_id`,
        values,
      },
      {
        text: `select c.community_id, count(distinct c.company_id) filter (where pc.party_organization_id is not null)
               from property.service_contract c join property.property_company pc on pc.id = c.company_id
               where c.district_id = $1 and c.ended_on is null group by c.community_id`,
        values,
      },
      {
        text: `select community_id, count(*) as total, count(*) filter (where status in ('RESOLVED', 'EVALUATED')) as completed,
                 count(*) filter (where status = 'EVALUATED') as evaluated, count(*) filter (where status = 'EVALUATED' and satisfaction >= 4) as satisfied
               from property.service_request where district_id = $1 group by community_id`,
        values,
      },
      {
        text: `select community_id, count(*) filter (where status in ('FULFILLED', 'CONFIRMED')) from cobuilding.micro_wish where district_id = $1 group by community_id`,
        values,
      },
      { text: 'select community_id, status, count(*) from cobuilding.project where district_id = $1 group by community_id, status', values },
    ],
  };
}
