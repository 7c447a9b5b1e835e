import { Role } from '../../subgraphs/platform/access/role.js';
import { describeStatementsAtTwoSizes, sumOverCommunities } from '../harness/statements-at-two-sizes.js';

describeStatementsAtTwoSizes('property', [
  {
    name: 'companies with their contracts, places, staff, evaluations and figures',
    role: Role.DISTRICT,
    query: `{ propertyCompanies(first: 100) { totalCount nodes { name partyOrganization { id }
              serviceContracts { startsOn active neighborhood { id } staffPosts { kind person { id } } evaluations { totalScore } feeCollections { year collectionRate } }
              requestStatistics { total completed satisfactionRate } } } }`,
  },
  {
    name: "every neighborhood's contract, company and latest requests with their steps",
    role: Role.DISTRICT,
    query: `{ neighborhoods(first: 100) { nodes { id propertyContract { feeStandard company { name } } propertyCompany { name }
              serviceRequests(first: 5) { totalCount nodes { status resident { id } contract { id } steps { action actor { id } } } }
              serviceRequestStatistics { total completionRate } } } }`,
  },
  {
    name: 'a page of requests with their places, company, contract and steps',
    role: Role.DISTRICT,
    query: '{ serviceRequests(first: 100) { totalCount nodes { status neighborhood { id } company { name } contract { startsOn } resident { id } steps { action toStatus } } } }',
  },
  {
    name: 'the figures of every community',
    role: Role.DISTRICT,
    query: '{ communities(first: 100) { nodes { id propertyStatistics { coveredNeighborhoodCount companyCount requests { total completionRate } } } } }',
    size: sumOverCommunities((node) => node.propertyStatistics.coveredNeighborhoodCount),
  },
]);
