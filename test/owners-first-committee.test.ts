/* eslint-disable max-lines -- one scenario, forming a neighborhood's first owners' committee from an empty neighborhood to its re-election, whose steps build on each other; it is long because the life it walks through is */
import { Role } from '../subgraphs/platform/access/role.js';
import { startGraph, type GraphResponse, type GraphStack } from './harness/graph-stack.js';
import { recordElectorate } from './harness/owners-electorate.js';
import { step } from './harness/scenario.js';
import { buildTenant, type Tenant } from './harness/tenant-builder.js';

// The first owners' committee (首次业主大会), through the gateway alone with no database setup, as
// subgraphs/owners/README.md ("The first committee") describes it: a street builds a neighborhood in the registry,
// records its electorate, forms the preparatory group (筹备组), convenes the first assembly; the clock moves past the
// 15-day notice; owners vote (the group's office enters paper and proxy ballots); the motions close; the election puts
// the committee in office; the committee then convenes an assembly of its own.

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const DAY = 24 * 3600 * 1000;
/** An instant `offset` days from now by the graph's clock (which the test moves). */
const day = (offset: number) => new Date(graph.clock.now().getTime() + offset * DAY).toISOString();

async function ok<T>(query: string, token: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graph.graphql<T>(query, { token, variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}
/** The whole response of a refused operation: no data, one error with its code, message and field. */
function refused(response: GraphResponse, operation: string, code: string, message: string, field?: string) {
  expect(response.body).toEqual({ data: null, errors: [{ message, path: [operation], extensions: { code, ...(field ? { field } : {}) } }] });
}

const FORM = `mutation($input: FormOwnersPreparatoryGroupInput!) { formOwnersPreparatoryGroup(input: $input) {
  id status formedAt members { kind leads person { id } } } }`;
const CONVENE_ELECTION = `mutation($input: ConveneOwnersElectionInput!) { conveneOwnersElection(input: $input) {
  id kind status seats sittingMembers termYears
  assembly { id noticeOn meetsOn electorate { unitCount totalArea totalOwners } motions { id position title category } }
  candidates { position person { id } motion { id } elected rank } } }`;
const CAST = `mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { choice channel proxyName } }`;
const CLOSE = `mutation($id: ID!) { closeOwnersMotion(motionId: $id) { outcome approvingArea approvingOwners participatingOwners } }`;
const CLOSE_ELECTION = `mutation($id: ID!) { closeOwnersElection(electionId: $id) {
  status decidedAt outcomeReason candidates { position elected rank }
  electedCommittee { id status electedOn termEndsOn filingDueOn filedOn filingOverdue membersInOffice canConvene members { role person { id } } } } }`;

/** Areas of the nine units, largest first (m²): 900 m² in all. */
const AREAS = [120, 115, 110, 105, 100, 95, 90, 85, 80];

describe('the first committee, from an empty neighborhood to a committee convening its own assembly', () => {
  it('builds a neighborhood, records its electorate, forms the preparatory group, elects the first committee by Art. 278, and lets it convene, hold a by-election and be re-elected, refusing every step out of turn', async () => {
    let streetToken: string;
    let communityToken: string;
    let otherStreetToken: string;
    let neighborhoodId: string;
    let placeCertificate: string;
    let developer: string;
    let streetRep: string;
    let residentsCommitteeRep: string;
    let groupId: string;
    let committee: { id: string; electedOn: string };
    let committeeToken: string;
    const units: string[] = [];
    const owners: string[] = [];
    const residentTokens: string[] = [];
    let election: {
      id: string;
      assembly: { id: string; noticeOn: string; meetsOn: string; motions: { id: string; position: number; title: string; category: string }[] };
      candidates: { position: number; person: { id: string }; motion: { id: string } }[];
    };

    let tenant: Tenant;
    const person = (name: string) => tenant.person(name);

    await step('builds the neighborhood with registry mutations: nine units, nine owners', async () => {
      tenant = await buildTenant(graph, { label: 'first-committee', unitAreas: AREAS, neighborhoodName: '首届业委会花园' });
      ({ streetToken, communityToken, otherStreetToken, neighborhoodId, placeCertificate } = tenant);
      for (const unit of tenant.units) {
        units.push(unit.id);
        owners.push(unit.ownerId);
        residentTokens.push(unit.ownerToken);
      }
      developer = await person('开发商代表');
      streetRep = await person('街道代表');
      residentsCommitteeRep = await person('居委会代表');
      const committeeNow = await ok<{ neighborhood: { ownersCommittee: null } }>('query($id: ID!) { neighborhood(id: $id) { ownersCommittee { id } } }', streetToken, { id: neighborhoodId });
      expect(committeeNow).toEqual({ neighborhood: { ownersCommittee: null } });
    });

    const groupMembers = () => [
      { personId: streetRep, kind: 'STREET', leads: true },
      { personId: developer, kind: 'DEVELOPER' },
      { personId: residentsCommitteeRep, kind: 'RESIDENTS_COMMITTEE' },
      ...owners.slice(0, 4).map((personId) => ({ personId, kind: 'OWNER_REPRESENTATIVE' })),
    ];

    await step('refuses a preparatory group before the street records the electorate', async () => {
      refused(
        await graph.graphql(FORM, { token: streetToken, variables: { input: { placeCertificate, members: groupMembers() } } }),
        'formOwnersPreparatoryGroup',
        'CONFLICT',
        'No electorate is recorded for this neighborhood: the street office records it first with recordOwnersElectorate (from neighborhood { signedOwnersRoster }).',
      );
    });

    await step('records the electorate: the street office of the neighborhood, from the registry\'s signed roster', async () => {
      const recorded = await recordElectorate(graph, streetToken, neighborhoodId, 'first-committee-electorate');
      expect(recorded.body).toEqual({ data: { recordOwnersElectorate: { id: expect.any(String), unitCount: 9, totalArea: '900.00', totalOwners: 9 } } });
    });

    await step('forms the preparatory group: the street office only, owners\' representatives who own units here', async () => {
      const input = { placeCertificate, members: groupMembers(), idempotencyKey: 'first-committee-group' };
      refused(await graph.graphql(FORM, { token: communityToken, variables: { input } }), 'formOwnersPreparatoryGroup', 'FORBIDDEN', "Only the street office of the neighborhood's street forms or dissolves its preparatory group.");
      refused(await graph.graphql(FORM, { token: otherStreetToken, variables: { input } }), 'formOwnersPreparatoryGroup', 'FORBIDDEN', "Only the street office of the neighborhood's street forms or dissolves its preparatory group.");
      const twice = [...groupMembers().slice(0, 6), { personId: developer, kind: 'OWNER_REPRESENTATIVE' }];
      refused(await graph.graphql(FORM, { token: streetToken, variables: { input: { placeCertificate, members: twice } } }), 'formOwnersPreparatoryGroup', 'BAD_USER_INPUT', 'Each person is listed once.', 'members');
      const even = groupMembers().slice(0, 6);
      refused(await graph.graphql(FORM, { token: streetToken, variables: { input: { placeCertificate, members: even } } }), 'formOwnersPreparatoryGroup', 'BAD_USER_INPUT', 'A preparatory group has an odd number of members; 6 were given.', 'members');
      const outsider = await person('非业主');
      const withOutsider = [...groupMembers().slice(0, 6), { personId: outsider, kind: 'OWNER_REPRESENTATIVE' }];
      refused(
        await graph.graphql(FORM, { token: streetToken, variables: { input: { placeCertificate, members: withOutsider } } }),
        'formOwnersPreparatoryGroup',
        'BAD_USER_INPUT',
        "An owners' representative owns a unit in the neighborhood; members[6] do not in its electorate.",
        'members',
      );
      const formed = await ok<{ formOwnersPreparatoryGroup: { id: string; formedAt: string } }>(FORM, streetToken, { input });
      groupId = formed.formOwnersPreparatoryGroup.id;
      expect(formed.formOwnersPreparatoryGroup).toEqual({
        id: expect.any(String),
        status: 'ACTIVE',
        formedAt: expect.any(String),
        members: [
          { kind: 'STREET', leads: true, person: { id: streetRep } },
          { kind: 'DEVELOPER', leads: false, person: { id: developer } },
          ...owners.slice(0, 4).sort().map((id) => ({ kind: 'OWNER_REPRESENTATIVE', leads: false, person: { id } })),
          { kind: 'RESIDENTS_COMMITTEE', leads: false, person: { id: residentsCommitteeRep } },
        ],
      });
      expect(Math.abs(new Date(formed.formOwnersPreparatoryGroup.formedAt).getTime() - graph.clock.now().getTime())).toBeLessThan(60_000);
      // A retry with the same key returns the same group; a second group while one is active is CONFLICT.
      expect((await ok<{ formOwnersPreparatoryGroup: { id: string } }>(FORM, streetToken, { input })).formOwnersPreparatoryGroup.id).toBe(groupId);
      refused(
        await graph.graphql(FORM, { token: streetToken, variables: { input: { ...input, idempotencyKey: 'first-committee-group-2' } } }),
        'formOwnersPreparatoryGroup',
        'CONFLICT',
        'This neighborhood already has an active preparatory group; dissolve it first.',
      );
    });

    const firstElection = () => ({
      kind: 'FIRST',
      preparatoryGroupId: groupId,
      title: '首次业主大会会议',
      form: 'WRITTEN',
      meetsOn: day(15.5),
      seats: 5,
      termYears: 5,
      candidatePersonIds: owners.slice(0, 7),
      rulesOfProcedure: '业主大会议事规则（草案）：业主大会会议以书面征求意见形式召开……',
      managementCovenant: '管理规约（草案）：业主应当遵守法律法规和本规约……',
    });

    await step('refuses a backdated or short notice, candidates who are not owners, and an even committee', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ meetsOn: day(-1) }, "An owners' assembly meets at least 15 days after its notice, which is given when it is convened or postponed (now, by the server's clock); set meetsOn at least 15 days from now.", 'meetsOn'],
        [{ meetsOn: day(14.9) }, "An owners' assembly meets at least 15 days after its notice, which is given when it is convened or postponed (now, by the server's clock); set meetsOn at least 15 days from now.", 'meetsOn'],
        [{ candidatePersonIds: [...owners.slice(0, 5), developer] }, 'A candidate owns a unit in the neighborhood; candidatePersonIds[5] do not in its electorate.', 'candidatePersonIds'],
        [{ seats: 6 }, 'A committee has an odd number of members (seats); 6 were given.', 'seats'],
        [{ seats: 3 }, 'A committee has 5 to 11 members (seats); 3 were given.', 'seats'],
        [{ rulesOfProcedure: null }, 'The first assembly adopts the rules of procedure and the management covenant: give rulesOfProcedure and managementCovenant.', 'rulesOfProcedure'],
      ];
      for (const [change, message, field] of cases) {
        refused(await graph.graphql(CONVENE_ELECTION, { token: streetToken, variables: { input: { ...firstElection(), ...change } } }), 'conveneOwnersElection', 'BAD_USER_INPUT', message, field);
      }
      const outside = await graph.graphql(CONVENE_ELECTION, { token: otherStreetToken, variables: { input: firstElection() } });
      expect(outside.body).toEqual({
        data: null,
        errors: [{ message: `No OwnersPreparatoryGroup with id "${groupId}" is visible to you.`, path: ['conveneOwnersElection'], extensions: { code: 'NOT_FOUND', typeName: 'OwnersPreparatoryGroup', id: groupId } }],
      });
    });

    await step('convenes the first assembly: the notice now by the server clock, the rules, the covenant and one motion per candidate', async () => {
      const input = firstElection();
      const convened = await ok<{ conveneOwnersElection: typeof election & Record<string, unknown> }>(CONVENE_ELECTION, communityToken, { input: { ...input, idempotencyKey: 'first-committee-election' } });
      election = convened.conveneOwnersElection;
      const noticeOn = election.assembly.noticeOn;
      expect(Math.abs(new Date(noticeOn).getTime() - graph.clock.now().getTime())).toBeLessThan(60_000);
      expect(convened.conveneOwnersElection).toEqual({
        id: expect.any(String),
        kind: 'FIRST',
        status: 'OPEN',
        seats: 5,
        sittingMembers: 0,
        termYears: 5,
        assembly: {
          id: expect.any(String),
          noticeOn,
          meetsOn: input.meetsOn,
          electorate: { unitCount: 9, totalArea: '900.00', totalOwners: 9 },
          motions: [
            { id: expect.any(String), position: 1, title: '制定业主大会议事规则', category: 'RULES_OF_PROCEDURE' },
            { id: expect.any(String), position: 2, title: '制定管理规约', category: 'MANAGEMENT_COVENANT' },
            ...owners.slice(0, 7).map((_, index) => ({ id: expect.any(String), position: index + 3, title: `选举第${index + 1}号候选人为业主委员会委员`, category: 'ELECT_COMMITTEE' })),
          ],
        },
        candidates: owners.slice(0, 7).map((id, index) => ({ position: index + 1, person: { id }, motion: { id: election.assembly.motions[index + 2].id }, elected: null, rank: null })),
      });
    });

    await step('refuses ballots, closing and deciding before the assembly meets, by the server clock', async () => {
      const motionId = election.assembly.motions[0].id;
      const early = await graph.graphql(CAST, { token: residentTokens[0], variables: { input: { motionId, unitId: units[0], choice: 'FOR', idempotencyKey: 'first-committee-early' } } });
      refused(early, 'castOwnersBallot', 'CONFLICT', `Voting on this motion opens when the assembly meets (${election.assembly.meetsOn}); no ballot is accepted before then.`);
      refused(await graph.graphql(CLOSE, { token: streetToken, variables: { id: motionId } }), 'closeOwnersMotion', 'CONFLICT', `This motion cannot be closed before its assembly meets (${election.assembly.meetsOn}).`);
      refused(
        await graph.graphql(CLOSE_ELECTION, { token: streetToken, variables: { id: election.id } }),
        'closeOwnersElection',
        'CONFLICT',
        `This election cannot be decided before its assembly meets (${election.assembly.meetsOn}).`,
      );
    });

    /**
     * Who votes how on each motion, by unit (u0–u7 vote, u8 does not): the rules and the covenant pass unanimously;
     * candidates 1–5 and 7 pass with fewer and fewer FOR votes; candidate 6 has exactly half the owners FOR and fails.
     */
    const FOR_VOTES = [8, 8, 8, 7, 6, 5, 5, 4, 5];
    const choiceOf = (motion: number, voter: number): 'FOR' | 'AGAINST' | 'ABSTAIN' => {
      if (motion === 3 && voter === 7) return 'ABSTAIN';
      if (motion === 8) return voter < 4 || voter === 5 ? 'FOR' : 'AGAINST';
      return voter < FOR_VOTES[motion] ? 'FOR' : 'AGAINST';
    };

    await step('takes ballots inside the voting window: owners for their own units, the group\'s office paper and proxy ballots', async () => {
      graph.clock.advance('16d');
      for (const [index, motion] of election.assembly.motions.entries()) {
        for (let voter = 0; voter < 8; voter += 1) {
          const input = { motionId: motion.id, unitId: units[voter], choice: choiceOf(index, voter), idempotencyKey: `first-${index}-${voter}-ballot` };
          if (voter < 6) await ok(CAST, residentTokens[voter], { input });
          else if (voter === 6 && index === 0) {
            // Mis-entered from the paper (AGAINST), corrected by the group's office before closing: the original stays.
            const cast = await ok<{ castOwnersBallot: { id: string } }>(`mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { id } }`, streetToken, { input: { ...input, choice: 'AGAINST', channel: 'PAPER' } });
            const VOID = `mutation($input: VoidOwnersBallotInput!) { voidOwnersBallot(input: $input) { correctedChoice reason } }`;
            const fix = { ballotId: cast.castOwnersBallot.id, correctedChoice: 'FOR', reason: '录入错误：纸质选票为同意', idempotencyKey: 'first-fix-0001' };
            const byOther = await graph.graphql(VOID, { token: otherStreetToken, variables: { input: fix } });
            expect(byOther.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
            expect(await ok(VOID, communityToken, { input: fix })).toEqual({ voidOwnersBallot: { correctedChoice: 'FOR', reason: '录入错误：纸质选票为同意' } });
          } else if (voter === 6) await ok(CAST, streetToken, { input: { ...input, channel: 'PAPER' } });
          else await ok(CAST, communityToken, { input: { ...input, channel: 'PROXY', proxyName: '王受托' } });
        }
      }
      // An owner votes only for a unit they own; another street's office enters nothing here.
      const foreign = await graph.graphql(CAST, { token: residentTokens[0], variables: { input: { motionId: election.assembly.motions[0].id, unitId: units[8], choice: 'FOR', idempotencyKey: 'first-committee-foreign' } } });
      expect(foreign.body.errors?.[0]).toMatchObject({ message: 'You may vote only for units you own.', extensions: { code: 'FORBIDDEN' } });
      const outside = await graph.graphql(CAST, { token: otherStreetToken, variables: { input: { motionId: election.assembly.motions[0].id, unitId: units[8], choice: 'FOR', channel: 'PAPER', idempotencyKey: 'first-committee-outside' } } });
      expect(outside.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    });

    await step('refuses to decide the election while a candidate\'s motion is open', async () => {
      refused(
        await graph.graphql(CLOSE_ELECTION, { token: streetToken, variables: { id: election.id } }),
        'closeOwnersElection',
        'CONFLICT',
        '7 candidate motion(s) are not closed yet: close each with closeOwnersMotion, then decide the election.',
      );
    });

    await step('closes every motion with the Art. 278 tally; exactly half of the owners is not enough', async () => {
      const outcomes = [];
      for (const motion of election.assembly.motions) outcomes.push((await ok<{ closeOwnersMotion: { outcome: string; approvingOwners: number } }>(CLOSE, streetToken, { id: motion.id })).closeOwnersMotion);
      expect(outcomes.map((outcome) => [outcome.outcome, outcome.approvingOwners])).toEqual([
        ['PASSED', 8],
        ['PASSED', 8],
        ['PASSED', 8],
        ['PASSED', 7],
        ['PASSED', 6],
        ['PASSED', 5],
        ['PASSED', 5],
        ['FAILED', 4],
        ['PASSED', 5],
      ]);
    });

    await step('puts the committee in office: the top five by approving area, the first its director, a 5-year term, filing due in 30 days', async () => {
      const decided = await ok<{ closeOwnersElection: { decidedAt: string; electedCommittee: { id: string; electedOn: string } } }>(CLOSE_ELECTION, communityToken, { id: election.id });
      const decidedAt = decided.closeOwnersElection.decidedAt;
      expect(Math.abs(new Date(decidedAt).getTime() - graph.clock.now().getTime())).toBeLessThan(60_000);
      const termEndsOn = new Date(decidedAt);
      termEndsOn.setUTCFullYear(termEndsOn.getUTCFullYear() + 5);
      expect(decided.closeOwnersElection).toEqual({
        status: 'PASSED',
        decidedAt,
        outcomeReason: '6 candidate(s) passed; the top 5 by approving area, then approving owners, take the seats: the committee has 5 member(s).',
        candidates: [
          { position: 1, elected: true, rank: 1 },
          { position: 2, elected: true, rank: 2 },
          { position: 3, elected: true, rank: 3 },
          // Candidates 4 and 5 tie in area and owners inside the seats: both sit, sharing a rank.
          { position: 4, elected: true, rank: 4 },
          { position: 5, elected: true, rank: 4 },
          // Exactly half of the owners FOR: not passed, not ranked.
          { position: 6, elected: false, rank: null },
          // Passed, but ranked below the five seats.
          { position: 7, elected: false, rank: 6 },
        ],
        electedCommittee: {
          id: expect.any(String),
          status: 'ACTIVE',
          electedOn: decidedAt,
          termEndsOn: termEndsOn.toISOString(),
          filingDueOn: new Date(new Date(decidedAt).getTime() + 30 * DAY).toISOString(),
          filedOn: null,
          filingOverdue: false,
          membersInOffice: 5,
          canConvene: true,
          members: [
            { role: 'DIRECTOR', person: { id: owners[0] } },
            ...owners.slice(1, 5).sort().map((id) => ({ role: 'MEMBER', person: { id } })),
          ],
        },
      });
      committee = decided.closeOwnersElection.electedCommittee;
      // A retry returns the decided election; the preparatory group's work is done.
      expect((await ok<{ closeOwnersElection: { status: string } }>(CLOSE_ELECTION, communityToken, { id: election.id })).closeOwnersElection.status).toBe('PASSED');
      const group = await ok<{ ownersPreparatoryGroup: { status: string; endedAt: string } }>('query($id: ID!) { ownersPreparatoryGroup(id: $id) { status endedAt } }', streetToken, { id: groupId });
      expect(group).toEqual({ ownersPreparatoryGroup: { status: 'COMPLETED', endedAt: decidedAt } });
      const seen = await ok('query($id: ID!) { neighborhood(id: $id) { ownersCommittee { id } } }', streetToken, { id: neighborhoodId });
      // The decision leaves the graph as an event (after the owners relay runs), for the street and the district to follow.
      await graph.subgraphs.get('owners')!.relay!.relayOnce();
      const events: { type: string; recordId: string; detail: string }[] = [];
      for (let after: string | null = null, more = true; more; ) {
        const page: { notifications: { nodes: typeof events; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await ok(
          'query($after: String) { notifications(first: 100, after: $after) { nodes { type recordId detail } pageInfo { hasNextPage endCursor } } }',
          streetToken,
          { after },
        );
        events.push(...page.notifications.nodes);
        ({ hasNextPage: more, endCursor: after } = page.notifications.pageInfo);
      }
      expect(events.filter((event) => event.recordId === election.id)).toEqual([{ type: 'owners.election.decided', recordId: election.id, detail: 'PASSED' }]);
      expect(seen).toEqual({ neighborhood: { ownersCommittee: { id: committee.id } } });
    });

    await step('refuses a second preparatory group now that a committee is in office, and a backdated or future filing', async () => {
      refused(
        await graph.graphql(FORM, { token: streetToken, variables: { input: { placeCertificate, members: groupMembers() } } }),
        'formOwnersPreparatoryGroup',
        'CONFLICT',
        "This neighborhood's committee is in office and constituted; it records its electorate and convenes its own assemblies.",
      );
      const FILE = `mutation($id: ID!, $on: DateTimeISO!) { recordOwnersCommitteeFiling(committeeId: $id, filedOn: $on) { filedOn filingOverdue } }`;
      const future = await graph.graphql(FILE, { token: streetToken, variables: { id: committee.id, on: day(1) } });
      expect(future.body.errors?.[0]).toMatchObject({ message: 'A filing is recorded once it has happened; filedOn is in the future.', extensions: { code: 'BAD_USER_INPUT', field: 'filedOn' } });
      const on = day(0);
      expect(await ok(FILE, streetToken, { id: committee.id, on })).toEqual({ recordOwnersCommitteeFiling: { filedOn: on, filingOverdue: false } });
    });

    await step('lets the new committee convene its own assembly, enter paper and proxy ballots, and read every ballot back', async () => {
      committeeToken = await graph.issuer.issue('first-committee', { role: Role.OWNERS_COMMITTEE, org: committee.id, grant: { neighborhoodIds: [neighborhoodId] } }, { expiresIn: '1h' });
      const convened = await ok<{ conveneOwnersAssembly: { meetsOn: string; motions: { id: string }[] } }>(
        `mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { meetsOn motions { id } } }`,
        committeeToken,
        { input: { title: '2027年第一次业主大会', form: 'WRITTEN', meetsOn: day(15.5), motions: [{ title: '选聘物业服务企业', category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY' }] } },
      );
      const motionId = convened.conveneOwnersAssembly.motions[0].id;
      graph.clock.advance('16d');
      await ok(CAST, residentTokens[0], { input: { motionId, unitId: units[0], choice: 'FOR', idempotencyKey: 'own-assembly-0' } });
      await ok(CAST, committeeToken, { input: { motionId, unitId: units[1], choice: 'AGAINST', channel: 'PAPER', idempotencyKey: 'own-assembly-1' } });
      await ok(CAST, committeeToken, { input: { motionId, unitId: units[2], choice: 'ABSTAIN', channel: 'PROXY', proxyName: '李受托', idempotencyKey: 'own-assembly-2' } });
      // The preparatory group's office enters nothing at the committee's own assembly.
      const byStreet = await graph.graphql(CAST, { token: streetToken, variables: { input: { motionId, unitId: units[3], choice: 'FOR', channel: 'PAPER', idempotencyKey: 'own-assembly-3' } } });
      expect(byStreet.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      const READ = `query($id: ID!) { ownersMotion(id: $id) { ballots { choice channel proxyName unit { id } } counts { votedUnits byChoice { choice units area owners } } } }`;
      const everyBallot = [
        { choice: 'FOR', channel: 'RESIDENT', proxyName: null, unit: { id: units[0] } },
        { choice: 'AGAINST', channel: 'PAPER', proxyName: null, unit: { id: units[1] } },
        { choice: 'ABSTAIN', channel: 'PROXY', proxyName: '李受托', unit: { id: units[2] } },
      ];
      const counts = {
        votedUnits: 3,
        byChoice: [
          { choice: 'FOR', units: 1, area: '120.00', owners: 1 },
          { choice: 'AGAINST', units: 1, area: '115.00', owners: 1 },
          { choice: 'ABSTAIN', units: 1, area: '110.00', owners: 1 },
        ],
      };
      expect(await ok(READ, committeeToken, { id: motionId })).toEqual({ ownersMotion: { ballots: everyBallot, counts } });
      expect(await ok(READ, streetToken, { id: motionId })).toEqual({ ownersMotion: { ballots: everyBallot, counts } });
      expect(await ok(READ, residentTokens[0], { id: motionId })).toEqual({ ownersMotion: { ballots: [everyBallot[0]], counts } });
      const closed = await ok<{ closeOwnersMotion: { outcome: string } }>(CLOSE, committeeToken, { id: motionId });
      expect(closed.closeOwnersMotion.outcome).toBe('NO_QUORUM');
    });
    /** Votes every unit u0–u7 on each motion (residents for their own, the street's paper ballots for u6 and u7) with `choice(motion, voter)`, then closes them. */
    async function voteAndClose(motions: { id: string }[], closer: string, paperBy: string, choice: (motion: number, voter: number) => 'FOR' | 'AGAINST', tag: string) {
      for (const [index, motion] of motions.entries()) {
        for (let voter = 0; voter < 8; voter += 1) {
          const input = { motionId: motion.id, unitId: units[voter], choice: choice(index, voter), idempotencyKey: `${tag}-${index}-${voter}-ballot` };
          await ok(CAST, voter < 6 ? residentTokens[voter] : paperBy, voter < 6 ? { input } : { input: { ...input, channel: 'PAPER' } });
        }
        await ok(CLOSE, closer, { id: motion.id });
      }
    }

    await step('stops a committee left with 4 members from convening; the street\'s new preparatory group holds the by-election (补选)', async () => {
      const LEAVE = `mutation($input: RecordOwnersCommitteeMemberLeavingInput!) { recordOwnersCommitteeMemberLeaving(input: $input) { leftOn leavingKind leavingReason } }`;
      const leftOn = day(-1);
      const left = await ok(LEAVE, committeeToken, { input: { committeeId: committee.id, personId: owners[4], kind: 'RESIGNED', reason: '工作调动，书面辞职', leftOn } });
      expect(left).toEqual({ recordOwnersCommitteeMemberLeaving: { leftOn, leavingKind: 'RESIGNED', leavingReason: '工作调动，书面辞职' } });
      expect(await ok('query($id: ID!) { ownersCommittee(id: $id) { membersInOffice canConvene } }', streetToken, { id: committee.id })).toEqual({ ownersCommittee: { membersInOffice: 4, canConvene: false } });
      refused(
        await graph.graphql(`mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { id } }`, {
          token: committeeToken,
          variables: { input: { title: '业主大会', form: 'WRITTEN', meetsOn: day(15.5), motions: [{ title: '续聘物业', category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY' }] } },
        }),
        'conveneOwnersAssembly',
        'CONFLICT',
        "A committee convenes an assembly only while 5 to 11 members (an odd number) are in office; it has 4. The street office's preparatory group convenes a by-election (conveneOwnersElection, kind BY_ELECTION).",
      );
      const formed = await ok<{ formOwnersPreparatoryGroup: { id: string } }>(FORM, streetToken, { input: { placeCertificate, members: groupMembers() } });
      const byElection = await ok<{ conveneOwnersElection: { id: string; sittingMembers: number; assembly: { motions: { id: string }[] } } }>(CONVENE_ELECTION, streetToken, {
        input: { kind: 'BY_ELECTION', preparatoryGroupId: formed.formOwnersPreparatoryGroup.id, title: '业主委员会补选', form: 'WRITTEN', meetsOn: day(15.5), seats: 5, candidatePersonIds: [owners[5], owners[6]] },
      });
      expect(byElection.conveneOwnersElection.sittingMembers).toBe(4);
      graph.clock.advance('16d');
      // Candidate owners[5]: all FOR; owners[6]: 5 of 8 — both pass, the first takes the one vacancy.
      await voteAndClose(byElection.conveneOwnersElection.assembly.motions, streetToken, streetToken, (motion, voter) => (motion === 0 || voter < 5 ? 'FOR' : 'AGAINST'), 'by');
      const decided = await ok<{ closeOwnersElection: unknown }>(CLOSE_ELECTION, streetToken, { id: byElection.conveneOwnersElection.id });
      expect(decided.closeOwnersElection).toMatchObject({
        status: 'PASSED',
        candidates: [
          { position: 1, elected: true, rank: 1 },
          { position: 2, elected: false, rank: 2 },
        ],
        electedCommittee: { id: committee.id, membersInOffice: 5, canConvene: true },
      });
    });

    await step('re-elects (换届) through the committee\'s own assembly: the new committee takes office, the old term ends and its token stops acting', async () => {
      const candidates = [owners[0], owners[1], owners[2], owners[3], owners[6]];
      const reelection = await ok<{ conveneOwnersElection: { id: string; assembly: { motions: { id: string }[] } } }>(CONVENE_ELECTION, committeeToken, {
        input: { kind: 'REELECTION', title: '第二届业主委员会换届选举', form: 'WRITTEN', meetsOn: day(15.5), seats: 5, termYears: 3, candidatePersonIds: candidates },
      });
      graph.clock.advance('16d');
      // owners[6] (candidate 5) gets the most FOR area: the first four vote FOR everyone, u4–u7 FOR only candidate 5.
      await voteAndClose(reelection.conveneOwnersElection.assembly.motions, committeeToken, committeeToken, (motion, voter) => (voter < 5 || motion === 4 ? 'FOR' : 'AGAINST'), 're');
      const decided = await ok<{ closeOwnersElection: { electedCommittee: { id: string; electedOn: string; termEndsOn: string; members: unknown[] } } }>(CLOSE_ELECTION, committeeToken, { id: reelection.conveneOwnersElection.id });
      const next = decided.closeOwnersElection.electedCommittee;
      expect(next.id).not.toBe(committee.id);
      expect(next.members).toEqual([{ role: 'DIRECTOR', person: { id: owners[6] } }, ...candidates.slice(0, 4).sort().map((id) => ({ role: 'MEMBER', person: { id } }))]);
      expect(new Date(next.termEndsOn).getUTCFullYear() - new Date(next.electedOn).getUTCFullYear()).toBe(3);
      expect(await ok('query($id: ID!) { ownersCommittee(id: $id) { status } }', streetToken, { id: committee.id })).toEqual({ ownersCommittee: { status: 'TERM_ENDED' } });
      expect(await ok('query($id: ID!) { neighborhood(id: $id) { ownersCommittee { id } } }', streetToken, { id: neighborhoodId })).toEqual({ neighborhood: { ownersCommittee: { id: next.id } } });
      const stale = await graph.graphql(CONVENE_ELECTION, { token: committeeToken, variables: { input: { kind: 'REELECTION', title: '再次换届', form: 'WRITTEN', meetsOn: day(16), seats: 5, termYears: 5, candidatePersonIds: candidates } } });
      expect(stale.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });
  });
});

describe('dissolving a preparatory group (解散筹备组), and a first assembly that rejects its rules', () => {
  it('is the street office\'s, under the version it read, with a reason; the record stays and a new group may form', async () => {
    const tenant = await buildTenant(graph, { label: 'dissolve', unitAreas: [90, 90, 90, 90, 90], neighborhoodName: '筹备组解散小区' });
    const { streetToken: street, communityToken: communityOffice, neighborhoodId, placeCertificate } = tenant;
    const person = (name: string) => tenant.person(name);
    const owners = tenant.units.map((unit) => unit.ownerId);
    expect((await recordElectorate(graph, street, neighborhoodId)).body.errors).toBeUndefined();
    const members = [
      { personId: await person('街道代表'), kind: 'STREET', leads: true },
      { personId: await person('开发商代表'), kind: 'DEVELOPER' },
      { personId: await person('居委会代表'), kind: 'RESIDENTS_COMMITTEE' },
      ...owners.slice(0, 4).map((personId) => ({ personId, kind: 'OWNER_REPRESENTATIVE' })),
    ];
    const group = (await ok<{ formOwnersPreparatoryGroup: { id: string } }>(FORM, street, { input: { placeCertificate, members } })).formOwnersPreparatoryGroup.id;
    const DISSOLVE = `mutation($input: DissolveOwnersPreparatoryGroupInput!) { dissolveOwnersPreparatoryGroup(input: $input) { status endedAt dissolutionReason version } }`;
    const input = { groupId: group, reason: '业主申请撤回，另行组织', expectedVersion: 1 };
    refused(await graph.graphql(DISSOLVE, { token: communityOffice, variables: { input } }), 'dissolveOwnersPreparatoryGroup', 'FORBIDDEN', "Only the street office of the neighborhood's street forms or dissolves its preparatory group.");
    refused(
      await graph.graphql(DISSOLVE, { token: street, variables: { input: { ...input, expectedVersion: 2 } } }),
      'dissolveOwnersPreparatoryGroup',
      'CONFLICT',
      'This preparatory group changed since you read it; read it again.',
      'expectedVersion',
    );
    const dissolved = await ok<{ dissolveOwnersPreparatoryGroup: { endedAt: string } }>(DISSOLVE, street, { input });
    expect(dissolved).toEqual({ dissolveOwnersPreparatoryGroup: { status: 'DISSOLVED', endedAt: expect.any(String), dissolutionReason: '业主申请撤回，另行组织', version: 2 } });
    expect(Math.abs(new Date(dissolved.dissolveOwnersPreparatoryGroup.endedAt).getTime() - graph.clock.now().getTime())).toBeLessThan(60_000);
    const convene = await graph.graphql(CONVENE_ELECTION, {
      token: street,
      variables: { input: { kind: 'FIRST', preparatoryGroupId: group, title: '首次业主大会会议', form: 'WRITTEN', meetsOn: day(16), seats: 5, termYears: 5, candidatePersonIds: owners, rulesOfProcedure: '议事规则（草案）……………', managementCovenant: '管理规约（草案）……………' } },
    });
    refused(convene, 'conveneOwnersElection', 'CONFLICT', 'This preparatory group has ended; the street office forms a new one.');
    const again = await ok<{ formOwnersPreparatoryGroup: { id: string; status: string } }>(`mutation($input: FormOwnersPreparatoryGroupInput!) { formOwnersPreparatoryGroup(input: $input) { id status } }`, street, { input: { placeCertificate, members } });
    expect(again.formOwnersPreparatoryGroup.status).toBe('ACTIVE');

    // A first assembly that rejects its rules of procedure puts no committee in office, whatever the candidates got.
    const units = (await ok<{ neighborhood: { buildings: { units: { id: string; owners: { id: string }[] }[] }[] } }>('query($id: ID!) { neighborhood(id: $id) { buildings { units { id owners { id } } } } }', street, { id: neighborhoodId })).neighborhood.buildings[0].units;
    const first = await ok<{ conveneOwnersElection: { id: string; assembly: { motions: { id: string; category: string }[] } } }>(CONVENE_ELECTION, street, {
      input: { kind: 'FIRST', preparatoryGroupId: again.formOwnersPreparatoryGroup.id, title: '首次业主大会会议', form: 'WRITTEN', meetsOn: day(15.5), seats: 5, termYears: 5, candidatePersonIds: owners, rulesOfProcedure: '议事规则（草案）……………', managementCovenant: '管理规约（草案）……………' },
    });
    graph.clock.advance('16d');
    for (const motion of first.conveneOwnersElection.assembly.motions) {
      for (const unit of units) {
        const resident = await graph.issuer.issue(`dissolve-owner-${unit.owners[0].id}`, { role: Role.RESIDENT, person: unit.owners[0].id }, { expiresIn: '1h' });
        const choice = motion.category === 'RULES_OF_PROCEDURE' ? 'AGAINST' : 'FOR';
        await ok(CAST, resident, { input: { motionId: motion.id, unitId: unit.id, choice, idempotencyKey: `rejected-${motion.id.slice(0, 8)}-${unit.id.slice(0, 8)}` } });
      }
      await ok(CLOSE, street, { id: motion.id });
    }
    const decided = await ok(`mutation($id: ID!) { closeOwnersElection(electionId: $id) { status outcomeReason electedCommittee { id } candidates { elected } preparatoryGroup { status } } }`, street, { id: first.conveneOwnersElection.id });
    expect(decided).toEqual({
      closeOwnersElection: {
        status: 'FAILED',
        outcomeReason: 'The first assembly did not adopt "制定业主大会议事规则" (FAILED); no committee takes office without its rules of procedure and management covenant. Convene a new first assembly.',
        electedCommittee: null,
        candidates: owners.map(() => ({ elected: false })),
        preparatoryGroup: { status: 'ACTIVE' },
      },
    });
    expect(await ok('query($id: ID!) { neighborhood(id: $id) { ownersCommittee { id } } }', street, { id: neighborhoodId })).toEqual({ neighborhood: { ownersCommittee: null } });
  });
});
