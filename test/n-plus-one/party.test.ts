import { Role } from '../../subgraphs/platform/access/role.js';
import { describeStatementsAtTwoSizes, sumOverCommunities } from '../harness/statements-at-two-sizes.js';

describeStatementsAtTwoSizes('party', [
  {
    name: 'neighborhood branches with their tree, places, counts, stations and ratings',
    role: Role.DISTRICT,
    query: `{ partyOrganizations(first: 100, filter: { kind: NEIGHBORHOOD_BRANCH }) { totalCount nodes { name kind parent { name } children { name } neighborhoods { id }
              formalMemberCount probationaryMemberCount serviceStations { name floorArea } starRatings { year status } } } }`,
  },
  {
    name: "every neighborhood's branch with member counts and central households",
    role: Role.DISTRICT,
    query: '{ neighborhoods(first: 100) { nodes { id partyBranch { name form formalMemberCount centralHouseholds { servedHouseholdCount household { id } } } } } }',
  },
  {
    name: 'probationary members with their organisation, residence and report-in',
    role: Role.DISTRICT,
    query: '{ partyMembers(first: 100, filter: { category: PROBATIONARY }) { totalCount nodes { category status person { id } organization { name } residenceNeighborhood { id } reportIn { reportedOn } } } }',
  },
  {
    name: 'the figures of every community',
    role: Role.DISTRICT,
    query: '{ communities(first: 100) { nodes { id partyStatistics { members neighborhoodBranches buildingGroups serviceStations fiveStarBranches } } } }',
    size: sumOverCommunities((node) => node.partyStatistics.members),
  },
]);
