import { Role } from '../../subgraphs/platform/access/role.js';
import { describeStatementsAtTwoSizes, sumOverCommunities } from '../harness/statements-at-two-sizes.js';

describeStatementsAtTwoSizes('cobuilding', [
  {
    name: "every neighborhood's pairings, projects and micro-wishes",
    role: Role.DISTRICT,
    query: `{ neighborhoods(first: 100) { nodes { id pairings { active unit { name } } projects { title status unit { name pairings { active } reportIns { year } resources { title } } need { title } resource { title } }
              microWishes { title status resident { id } claimantUnit { name } } } } }`,
  },
  {
    name: 'a page of micro-wishes with their places and claimants',
    role: Role.DISTRICT,
    query: '{ microWishes(first: 100) { totalCount nodes { title status resident { id } claimantUnit { name } neighborhood { id } community { id } } } }',
  },
  {
    name: 'the figures of every community',
    role: Role.DISTRICT,
    query: '{ communities(first: 100) { nodes { id pairings { id } cobuildingStatistics { pairings wishesPosted wishesFulfilled serviceHours } } } }',
    size: sumOverCommunities((node) => node.cobuildingStatistics.wishesPosted),
  },
]);
