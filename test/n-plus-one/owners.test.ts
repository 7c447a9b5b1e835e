import { Role } from '../../subgraphs/platform/access/role.js';
import { describeStatementsAtTwoSizes, sumOverCommunities } from '../harness/statements-at-two-sizes.js';

describeStatementsAtTwoSizes('owners', [
  {
    name: "every neighborhood's committee with its members and their posts",
    role: Role.DISTRICT,
    query: `{ neighborhoods(first: 100) { nodes { id ownersCommittee { status filingOverdue members { role person { id } } } } } }`,
  },
  {
    // Only a committee reads its electorate: its own neighborhood, with about twice the units on the larger district.
    name: "the committee's electorate with its units and owners",
    role: Role.OWNERS_COMMITTEE,
    query: '{ neighborhoods(first: 100) { nodes { id ownersElectorate { unitCount totalArea units { unit { id } area owners { id } } } } } }',
  },
  {
    name: "every neighborhood's resolutions with their electorate and publication",
    role: Role.DISTRICT,
    query: '{ neighborhoods(first: 100) { nodes { id resolutions { title outcome electorate { unitCount } publication { onTime } } } } }',
  },
  {
    name: 'the figures of every community',
    role: Role.DISTRICT,
    query: '{ communities(first: 100) { nodes { id ownersStatistics { eligibleNeighborhoods neighborhoodsWithCommittee committeeMembers filingOverdue } } } }',
    size: sumOverCommunities((node) => node.ownersStatistics.committeeMembers),
  },
]);
