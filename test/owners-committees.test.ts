import type pg from 'pg';
import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import type { GraphStack } from './harness/graph-stack.js';
import { ownersSuite } from './harness/owners-suite.js';
import { recordElectorate } from './harness/owners-electorate.js';
import { planPartyData } from '../subgraphs/party/seeders/party.seeder.js';
import { planOwnersCommittees } from '../subgraphs/owners/seeders/owners.seeder.js';
import { step } from './harness/scenario.js';
import { countOwnersRows } from './harness/owners-rows.js';

// Owners' committees through the gateway: their lists, the area figures, committee meetings, re-election and the
// negative list (the assembly is in owners-assembly.test.ts).

let graph: GraphStack;
let db: pg.Client;
ownersSuite((opened) => ({ graph, db } = opened));

const DAY = 24 * 3600 * 1000;
/** An instant `offset` days from now by the graph's clock (which the tests move). */
const day = (offset: number) => new Date(graph.clock.now().getTime() + offset * DAY).toISOString();
const token = (role: Role) => graph.tokens.get(role)!;
/** Rows of an owners table written by the tests, or those matching `where` (countOwnersRows). */
const count = (table: string, where?: string) => countOwnersRows(db, table, where);

describe('committees through the gateway', () => {
  it('lists each neighborhood\'s committee and members with a constant number of statements', async () => {
    const query = `{ neighborhoods(first: 100) { nodes { id ownersCommittee { id electedOn members { role person { id } } } resolutions { id } } } }`;
    graph.resetSqlCount();
    const response = await graph.graphql<{ neighborhoods: { nodes: { id: string; ownersCommittee: { id: string; members: { role: string; person: { id: string } }[] } | null }[] } }>(query, {
      token: token(Role.DISTRICT),
    });
    expect(response.body.errors).toBeUndefined();
    const seeded = new Map(planOwnersCommittees(graph.plan).map((committee) => [committee.neighborhoodId, committee]));
    for (const node of response.body.data!.neighborhoods.nodes) {
      const planned = seeded.get(node.id);
      expect(node.ownersCommittee?.id ?? null).toBe(planned && planned.members.length >= 5 ? planned.id : null);
      if (planned && node.ownersCommittee) {
        expect(node.ownersCommittee.members.map((member) => member.person.id).sort()).toEqual(planned.members.map((member) => member.personId).sort());
      }
    }
    // Committees, members and resolutions of all neighborhoods load in batches: a few statements, none per neighborhood.
    expect(response.body.data!.neighborhoods.nodes.length).toBe(graph.plan.neighborhoods.length);
    expect(graph.sqlStatements('owners')).toBeLessThanOrEqual(4);
  });

  it("gives a person's committee posts within the caller's area only", async () => {
    const { committee } = demoScenario(graph.plan);
    const director = planOwnersCommittees(graph.plan).find((planned) => planned.id === committee.id)!.members[0];
    const query = `query($id: ID!) { person(id: $id) { committeePosts { role committee { id } } } }`;
    const byCommittee = await graph.graphql(query, { token: token(Role.OWNERS_COMMITTEE), variables: { id: director.personId } });
    expect(byCommittee.body).toEqual({ data: { person: { committeePosts: [{ role: 'DIRECTOR', committee: { id: committee.id } }] } } });
  });
});

describe("owners' statistics by area", () => {
  function standingsKnown(committees: ReturnType<typeof planOwnersCommittees>) {
    const { committee } = demoScenario(graph.plan);
    const director = planOwnersCommittees(graph.plan).find((planned) => planned.id === committee.id)!.members[0].personId;
    const read = committees.some((candidate) => candidate.members.some((member) => member.personId === director));
    if (!read) return { membersWithPartyStanding: 0, partyMemberSharePercent: null };
    const partyMember = planPartyData(graph.plan).members.some((member) => member.personId === director);
    return { membersWithPartyStanding: 1, partyMemberSharePercent: partyMember ? '100.00' : '0.00' };
  }

  function expectedStatistics(neighborhoodIds: Set<string>) {
    const eligible = graph.plan.neighborhoods.filter((neighborhood) => neighborhoodIds.has(neighborhood.id) && neighborhood.kind === 'CLOSED');
    const committees = planOwnersCommittees(graph.plan).filter(
      (committee) => committee.members.length >= 5 && eligible.some((neighborhood) => neighborhood.id === committee.neighborhoodId),
    );
    const rate = eligible.length ? ((committees.length * 100) / eligible.length).toFixed(2) : null;
    return {
      eligibleNeighborhoods: eligible.length,
      neighborhoodsWithCommittee: committees.length,
      formationRatePercent: rate,
      committeeMembers: committees.reduce((sum, committee) => sum + committee.members.length, 0),
      filingOverdue: committees.filter((committee) => committee.filedOn === null && committee.electedOn.getTime() + 30 * DAY < graph.clock.now().getTime()).length,
      // Standings are known for the people whose committee posts were read (readDirectorPosts): the demo director.
      ...standingsKnown(committees),
    };
  }
  const FIELDS = 'eligibleNeighborhoods neighborhoodsWithCommittee formationRatePercent committeeMembers filingOverdue membersWithPartyStanding partyMemberSharePercent';
  /** Reads the demo director's committee posts, as the committees' test does, so the director's standing is known whether or not that test ran. */
  async function readDirectorPosts() {
    const { committee } = demoScenario(graph.plan);
    const director = planOwnersCommittees(graph.plan).find((planned) => planned.id === committee.id)!.members[0];
    const read = await graph.graphql(`query($id: ID!) { person(id: $id) { committeePosts { role } } }`, { token: token(Role.OWNERS_COMMITTEE), variables: { id: director.personId } });
    expect(read.body.errors).toBeUndefined();
  }

  it('gives the district its formation rate and members, from the registry map and the committees', async () => {
    await readDirectorPosts();
    const response = await graph.graphql(`{ districts { nodes { ownersStatistics { ${FIELDS} } } } }`, { token: token(Role.DISTRICT) });
    expect(response.body).toEqual({ data: { districts: { nodes: [{ ownersStatistics: expectedStatistics(new Set(graph.plan.neighborhoods.map((n) => n.id))) }] } } });
  });

  it('gives a street and a community their own area', async () => {
    await readDirectorPosts();
    const { street, community } = demoScenario(graph.plan);
    const byStreet = await graph.graphql(`query($id: ID!) { street(id: $id) { ownersStatistics { ${FIELDS} } } }`, { token: token(Role.STREET), variables: { id: street.id } });
    expect(byStreet.body).toEqual({
      data: { street: { ownersStatistics: expectedStatistics(new Set(graph.plan.neighborhoods.filter((n) => n.streetId === street.id).map((n) => n.id))) } },
    });
    const byCommunity = await graph.graphql(`query($id: ID!) { community(id: $id) { ownersStatistics { ${FIELDS} } } }`, {
      token: token(Role.COMMUNITY),
      variables: { id: community.id },
    });
    expect(byCommunity.body).toEqual({
      data: { community: { ownersStatistics: expectedStatistics(new Set(graph.plan.neighborhoods.filter((n) => n.communityId === community.id).map((n) => n.id))) } },
    });
  });
});

describe('committee meetings', () => {
  const MEETING = `mutation($input: RecordCommitteeMeetingInput!) {
    recordCommitteeMeeting(input: $input) { subject memberCount presentCount decisions { title inFavour carried } }
  }`;

  it('needs more than half present, and a decision more than half of all members', async () => {
    const { committee } = demoScenario(graph.plan);
    const people = planOwnersCommittees(graph.plan).find((planned) => planned.id === committee.id)!.members.map((member) => member.personId);
    const half = Math.floor(people.length / 2);
    const notQuorate = await graph.graphql(MEETING, {
      token: token(Role.OWNERS_COMMITTEE),
      variables: { input: { heldAt: day(-1), subject: '讨论停车管理', presentPersonIds: people.slice(0, half), decisions: [{ title: '试行方案', inFavourPersonIds: [] }] } },
    });
    expect(notQuorate.body.errors?.[0]).toMatchObject({
      message: `The meeting was not quorate: ${half} of ${people.length} members present; more than half must attend.`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const present = people.slice(0, half + 1);
    const response = await graph.graphql(MEETING, {
      token: token(Role.OWNERS_COMMITTEE),
      variables: {
        input: {
          heldAt: day(-1),
          subject: '讨论停车管理',
          presentPersonIds: present,
          decisions: [
            { title: '多数出席者赞成但不足全体过半', inFavourPersonIds: present.slice(0, half) },
            { title: '全体过半赞成', inFavourPersonIds: present },
          ],
        },
      },
    });
    expect(response.body).toEqual({
      data: {
        recordCommitteeMeeting: {
          subject: '讨论停车管理',
          memberCount: people.length,
          presentCount: half + 1,
          decisions: [
            { title: '多数出席者赞成但不足全体过半', inFavour: half, carried: false },
            { title: '全体过半赞成', inFavour: half + 1, carried: true },
          ],
        },
      },
    });
    expect(await count('committee_meeting')).toBe(1);
    await expect(db.query('update owners.committee_decision set carried = true')).rejects.toThrow('recorded rows are immutable');
  });
});

describe('committee re-election and the negative list', () => {
  it("lets only the neighborhood's street keep its negative list, then refuses a listed candidate with the reason, an even committee or a first election by the committee, and stores nothing", async () => {
    let streetToken: string;
    // A re-election goes through an assembly resolution (conveneOwnersElection, kind REELECTION); the whole sequence,
    // filing included, is in test/owners-first-committee.test.ts.
    const CONVENE_ELECTION = `mutation($input: ConveneOwnersElectionInput!) { conveneOwnersElection(input: $input) { id } }`;
    const owners = () => {
      const { neighborhood } = demoScenario(graph.plan);
      return [...new Set(graph.plan.units.filter((unit) => unit.neighborhoodId === neighborhood.id).flatMap((unit) => unit.ownerIds))].sort();
    };
    const election = (candidatePersonIds: string[], seats = 5) => ({ kind: 'REELECTION', title: '第二届业主委员会换届选举', form: 'WRITTEN', meetsOn: day(16), seats, termYears: 5, candidatePersonIds });
    await step('setting up', async () => {
      streetToken = await graph.issuer.issue('street-of-demo', { role: Role.STREET, grant: { streetIds: [demoScenario(graph.plan).neighborhood.streetId] } });
      expect((await recordElectorate(graph, token(Role.OWNERS_COMMITTEE), demoScenario(graph.plan).neighborhood.id)).body.errors).toBeUndefined();
    });

    await step("lets only the neighborhood's street keep its negative list", async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const input = { streetId: neighborhood.streetId, personId: owners()[0], reason: '拖欠物业费两年' };
      const byCommittee = await graph.graphql(`mutation($input: AddNegativeListEntryInput!) { addNegativeListEntry(input: $input) { reason } }`, {
        token: token(Role.OWNERS_COMMITTEE),
        variables: { input },
      });
      expect(byCommittee.body.errors?.[0]).toMatchObject({ message: 'Only the street office keeps its negative list.', extensions: { code: 'FORBIDDEN' } });
      const byStreet = await graph.graphql(`mutation($input: AddNegativeListEntryInput!) { addNegativeListEntry(input: $input) { reason personId streetId } }`, {
        token: streetToken,
        variables: { input },
      });
      expect(byStreet.body).toEqual({ data: { addNegativeListEntry: input } });
    });

    await step('refuses a listed candidate with the reason, an even committee or a first election by the committee, and stores nothing', async () => {
      const [listed, ...others] = owners();
      const cases: [unknown, string, string][] = [
        [election([others[0], listed, ...others.slice(1, 5)]), "1 candidate(s) are on the street's negative list: candidatePersonIds[1] (拖欠物业费两年).", 'candidatePersonIds'],
        [election(others.slice(0, 6), 6), 'A committee has an odd number of members (seats); 6 were given.', 'seats'],
        [{ ...election(others.slice(0, 5)), kind: 'FIRST' }, 'A first election is convened by a preparatory group: give preparatoryGroupId.', 'kind'],
      ];
      for (const [input, message, field] of cases) {
        const response = await graph.graphql(CONVENE_ELECTION, { token: token(Role.OWNERS_COMMITTEE), variables: { input } });
        expect(response.body).toEqual({ data: null, errors: [{ message, path: ['conveneOwnersElection'], extensions: { code: 'BAD_USER_INPUT', field } }] });
      }
      expect(await count('owners_election', 'true')).toBe(0);
      expect(await count('owners_committee', 'true')).toBe(planOwnersCommittees(graph.plan).filter((committee) => committee.members.length >= 5).length);
    });
  });
});
