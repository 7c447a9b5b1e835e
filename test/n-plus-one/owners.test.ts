import { Role } from '../../subgraphs/platform/access/role.js';
import { describeStatementsAtTwoSizes, sumOverCommunities } from '../harness/statements-at-two-sizes.js';
import { recordElectorate } from '../harness/owners-electorate.js';
import { demoScenario } from '../../infra/demo/demo-tokens.js';

describeStatementsAtTwoSizes('owners', [
  {
    name: "every neighborhood's committee with its members and their posts",
    role: Role.DISTRICT,
    query: `{ neighborhoods(first: 100) { nodes { id ownersCommittee { status filingOverdue members { role person { id } } } } } }`,
  },
  {
    // The committee reads the electorate it recorded: its own neighborhood, with about twice the units on the larger district.
    name: "the committee's electorate with its units and owners",
    role: Role.OWNERS_COMMITTEE,
    setup: async (graph) => {
      const recorded = await recordElectorate(graph, graph.tokens.get(Role.OWNERS_COMMITTEE)!, demoScenario(graph.plan).neighborhood.id);
      if (recorded.body.errors) throw new Error(JSON.stringify(recorded.body.errors));
    },
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
