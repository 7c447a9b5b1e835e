/* eslint-disable max-lines -- owners' part of 三方联动: one scenario of motions for governance matters (200 lines of steps that build on each other), then the seeded committees and decisions; each test self-contained on the suite's own copy of the demo district */
import { randomUUID } from 'node:crypto';
import { Role } from '../../../platform/access/role.js';
import { issueMatterCertificate, MatterStep, type CertifiedMatter } from '../../../platform/access/matter-certificate.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, gatewayHeaders, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { testStatementKeys } from '../../../../test/harness/test-keys.js';
import { planOwnersCommittees } from '../../seeders/owners.seeder.js';
import { recordElectorate } from '../../../../test/harness/owners-electorate.js';
import { step } from '../../../../test/harness/scenario.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const DAY = 24 * 3600 * 1000;
const midnight = (offsetDays: number) => new Date(Math.floor(Date.now() / DAY) * DAY + offsetDays * DAY);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const token = (role: Role) => graph.tokens.get(role)!;

/**
 * A certificate as the party subgraph issues it from `GovernanceMatter.linkCertificate`: the same signed statement
 * with the party subgraph's key of the test stack (test/harness/test-keys.ts).
 */
function certificate(step: MatterStep, place: { id: string; communityId: string; streetId: string; districtId: string }, concernedCompanyId: string | null = null) {
  const matter: Omit<CertifiedMatter, 'certificateId'> = {
    matterId: randomUUID(),
    step,
    districtId: place.districtId,
    streetId: place.streetId,
    communityId: place.communityId,
    neighborhoodId: place.id,
    concernedCompanyId,
    attempt: 0,
  };
  return { matter, certificate: issueMatterCertificate(matter, testStatementKeys('party')) };
}

const CONVENE = `mutation($input: ConveneOwnersAssemblyInput!) {
  conveneOwnersAssembly(input: $input) { id motions { id position governanceMatter { id } } }
}`;
const FACTS = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on GovernanceMatter { ownersFacts } } }';
const MATTER = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on GovernanceMatter { id motions { id status } resolution { id outcome } } } }';
const CAST = `mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { id } }`;

async function facts(matterIds: string[]) {
  const response = await graph.subgraphRequest('owners', { query: FACTS, variables: { r: matterIds.map((id) => ({ __typename: 'GovernanceMatter', id })) } }, gatewayHeaders('owners', token(Role.DISTRICT)));
  expect(response.body.errors).toBeUndefined();
  // The counts, each travelling with its signature (checked in test/signed-facts.test.ts).
  return (response.body.data as { _entities: { ownersFacts: { attestation: unknown } }[] })._entities.map(({ ownersFacts: { attestation, ...counts } }) => {
    expect(attestation).toEqual(expect.any(String));
    return counts;
  });
}

async function matterAs(role: Role, matterId: string) {
  const response = await graph.subgraphRequest('owners', { query: MATTER, variables: { r: [{ __typename: 'GovernanceMatter', id: matterId }] } }, gatewayHeaders('owners', token(role)));
  expect(response.body.errors).toBeUndefined();
  return (response.body.data as { _entities: unknown[] })._entities[0];
}

function agenda(title: string, matterCertificate?: string) {
  return {
    title: '2026年第二次业主大会',
    form: 'WRITTEN',
    meetsOn: midnight(16).toISOString(),
    motions: [{ title, category: 'USE_MAINTENANCE_FUND', ...(matterCertificate ? { matterCertificate } : {}) }],
  };
}

describe("owners' motions for governance matters (三议一服务: 决议) through the gateway", () => {
  it("records the electorate, puts motions for the neighborhood's matters, refuses bad certificates and other committees, counts the facts, shows the resolution, and lists the statutory clocks of what it created", async () => {
    let resolutionId: string;
    const linked: { matterId: string; motionId: string; assemblyId: string }[] = [];

    await step('records the electorate first (the assembly counts against it)', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const response = await recordElectorate(graph, token(Role.OWNERS_COMMITTEE), neighborhood.id);
      expect(response.body.errors).toBeUndefined();
    });

    await step("puts a motion for its own neighborhood's matter, with the certified company, and links it both ways", async () => {
      const { neighborhood, company, committee } = demoScenario(graph.plan);
      for (const title of ['电梯更新改造（使用维修资金）', '增设电动车充电车棚']) {
        const { matter, certificate: signed } = certificate(MatterStep.RESOLVE, neighborhood, company.id);
        const response = await graph.graphql<{ conveneOwnersAssembly: { id: string; motions: { id: string }[] } }>(CONVENE, {
          token: token(Role.OWNERS_COMMITTEE),
          variables: { input: agenda(title, signed) },
        });
        expect(response.body).toEqual({
          data: { conveneOwnersAssembly: { id: expect.any(String), motions: [{ id: expect.any(String), position: 1, governanceMatter: { id: matter.matterId } }] } },
        });
        linked.push({ matterId: matter.matterId, motionId: response.body.data!.conveneOwnersAssembly.motions[0].id, assemblyId: response.body.data!.conveneOwnersAssembly.id });
      }
      // The @inaccessible recusal inputs, as the property subgraph will require them.
      const members = planOwnersCommittees(graph.plan).find((planned) => planned.id === committee.id)!.members.map((member) => member.personId);
      const recusal = await graph.subgraphRequest(
        'owners',
        {
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on OwnersMotion { concernedCompanyId committeeMemberPersonIds } } }',
          variables: { r: linked.map((link) => ({ __typename: 'OwnersMotion', id: link.motionId })) },
        },
        gatewayHeaders('owners', token(Role.OWNERS_COMMITTEE)),
      );
      const expected = { concernedCompanyId: company.id, committeeMemberPersonIds: expect.arrayContaining(members) };
      expect(recusal.body).toEqual({ data: { _entities: [expected, expected] } });
      expect((recusal.body.data as { _entities: { committeeMemberPersonIds: string[] }[] })._entities[0].committeeMemberPersonIds).toHaveLength(new Set(members).size);
      // A motion without a certificate belongs to no matter.
      const own = await graph.graphql(CONVENE, { token: token(Role.OWNERS_COMMITTEE), variables: { input: agenda('修改管理规约') } });
      expect(own.body).toMatchObject({ data: { conveneOwnersAssembly: { motions: [{ governanceMatter: null }] } } });
    });

    await step('refuses a SERVE certificate, another neighborhood\'s matter and a forged certificate with BAD_USER_INPUT', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const other = graph.plan.neighborhoods.find((candidate) => candidate.id !== neighborhood.id)!;
      const serve = await graph.graphql(CONVENE, { token: token(Role.OWNERS_COMMITTEE), variables: { input: agenda('x', certificate(MatterStep.SERVE, neighborhood).certificate) } });
      expect(serve.body).toEqual({
        data: null,
        errors: [
          {
            message: "This matter does not need (or no longer awaits) the owners' decision; it cannot be put to the owners' assembly.",
            path: ['conveneOwnersAssembly'],
            extensions: { code: 'BAD_USER_INPUT', field: 'matterCertificate', allowedStep: 'SERVE' },
          },
        ],
      });
      const elsewhere = await graph.graphql(CONVENE, { token: token(Role.OWNERS_COMMITTEE), variables: { input: agenda('x', certificate(MatterStep.RESOLVE, other).certificate) } });
      expect(elsewhere.body).toEqual({
        data: null,
        errors: [
          {
            message:
              "motions[0].matterCertificate is for a governance matter of another neighborhood; an owners' committee puts to its assembly only matters of its own neighborhood.",
            path: ['conveneOwnersAssembly'],
            extensions: { code: 'BAD_USER_INPUT', field: 'motions[0].matterCertificate' },
          },
        ],
      });
      // Alter the first character of the signature: the last one carries unused bits, so changing it may change nothing.
      const [header, payload, mac] = certificate(MatterStep.RESOLVE, neighborhood).certificate.split('.');
      const forged = `${header}.${payload}.${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
      const refused = await graph.graphql(CONVENE, { token: token(Role.OWNERS_COMMITTEE), variables: { input: agenda('x', forged) } });
      expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'matterCertificate' } });
    });

    await step('refuses another committee (and other roles) with FORBIDDEN', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const otherCommittee = planOwnersCommittees(graph.plan).find((planned) => planned.neighborhoodId !== neighborhood.id && planned.members.length >= 5)!;
      const { certificate: signed } = certificate(MatterStep.RESOLVE, neighborhood);
      // Another committee's account whose grant names this neighborhood: it acts for no committee here.
      const intruder = await graph.issuer.issue('other-committee', { role: Role.OWNERS_COMMITTEE, org: otherCommittee.id, grant: { neighborhoodIds: [neighborhood.id] } }, { expiresIn: '1h' });
      for (const caller of [intruder, token(Role.PARTY_BRANCH), token(Role.STREET)]) {
        const response = await graph.graphql(CONVENE, { token: caller, variables: { input: agenda('x', signed) } });
        expect(response.body).toEqual({
          data: null,
          errors: [
            {
              message: "Only an owners' committee in office, acting for its own neighborhood, may record this.",
              path: ['conveneOwnersAssembly'],
              extensions: { code: 'FORBIDDEN' },
            },
          ],
        });
      }
      // The other committee for its own neighborhood: this matter is not of its neighborhood.
      const own = await graph.issuer.issue('other-committee', { role: Role.OWNERS_COMMITTEE, org: otherCommittee.id, grant: { neighborhoodIds: [otherCommittee.neighborhoodId] } }, { expiresIn: '1h' });
      const response = await graph.graphql(CONVENE, { token: own, variables: { input: agenda('x', signed) } });
      expect(response.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'motions[0].matterCertificate' } });
    });

    await step('counts the facts as motions are voted and closed, in one statement for many matters', async () => {
      const unlinked = randomUUID();
      graph.resetSqlCount();
      expect(await facts([...linked.map((link) => link.matterId), unlinked])).toEqual([
        { linked: 1, pending: 1, completed: 0, evaluated: 0, failed: 0 },
        { linked: 1, pending: 1, completed: 0, evaluated: 0, failed: 0 },
        { linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0 },
      ]);
      expect(graph.sqlStatements('owners')).toBe(1);

      // The assemblies meet (the graph's clock moves to day +16). Matter 1: every unit votes FOR (paper ballots) →
      // adopted. Matter 2: nobody votes → no quorum, not adopted.
      graph.clock.set(new Date(midnight(16).getTime() + 60_000));
      const { neighborhood } = demoScenario(graph.plan);
      const units = graph.plan.units.filter((unit) => unit.neighborhoodId === neighborhood.id);
      for (const unit of units) {
        const response = await graph.graphql(CAST, {
          token: token(Role.OWNERS_COMMITTEE),
          variables: { input: { motionId: linked[0].motionId, unitId: unit.id, choice: 'FOR', idempotencyKey: `gov-${unit.id}` } },
        });
        expect(response.body.errors).toBeUndefined();
      }
      expect((await facts([linked[0].matterId]))[0]).toEqual({ linked: 1, pending: 1, completed: 0, evaluated: 0, failed: 0 });
      const CLOSE = 'mutation($id: ID!) { closeOwnersMotion(motionId: $id) { id outcome } }';
      const adopted = await graph.graphql<{ closeOwnersMotion: { id: string } }>(CLOSE, { token: token(Role.OWNERS_COMMITTEE), variables: { id: linked[0].motionId } });
      expect(adopted.body.data?.closeOwnersMotion).toEqual({ id: expect.any(String), outcome: 'PASSED' });
      const rejected = await graph.graphql(CLOSE, { token: token(Role.OWNERS_COMMITTEE), variables: { id: linked[1].motionId } });
      expect(rejected.body.data?.closeOwnersMotion).toEqual({ id: expect.any(String), outcome: 'NO_QUORUM' });
      expect(await facts(linked.map((link) => link.matterId))).toEqual([
        { linked: 1, pending: 0, completed: 1, evaluated: 0, failed: 0 },
        { linked: 1, pending: 0, completed: 0, evaluated: 0, failed: 1 },
      ]);
      resolutionId = adopted.body.data!.closeOwnersMotion.id;
    });


    await step("shows the matter's motions to the committee and area offices, its resolution to the public once published", async () => {
      const matterId = linked[0].matterId;
      const full = { id: matterId, motions: [{ id: linked[0].motionId, status: 'CLOSED' }], resolution: { id: resolutionId, outcome: 'PASSED' } };
      expect(await matterAs(Role.OWNERS_COMMITTEE, matterId)).toEqual(full);
      expect(await matterAs(Role.STREET, matterId)).toEqual(full);
      expect(await matterAs(Role.PROPERTY_COMPANY, matterId)).toEqual({ id: matterId, motions: [], resolution: null });
      expect(await matterAs(Role.JOINT_UNIT, matterId)).toEqual({ id: matterId, motions: [], resolution: null });
      // The not-adopted matter has no resolution for anyone.
      expect(await matterAs(Role.OWNERS_COMMITTEE, linked[1].matterId)).toMatchObject({ resolution: null });

      const published = await graph.graphql('mutation($input: PublishResolutionInput!) { publishResolution(input: $input) { onTime } }', {
        token: token(Role.OWNERS_COMMITTEE),
        variables: { input: { resolutionId, place: '小区公告栏' } },
      });
      expect(published.body).toEqual({ data: { publishResolution: { onTime: true } } });
      expect(await matterAs(Role.PROPERTY_COMPANY, matterId)).toEqual({ id: matterId, motions: [], resolution: { id: resolutionId, outcome: 'PASSED' } });

      // Through the gateway, from the motion.
      const response = await graph.graphql(`query($id: ID!) { ownersMotion(id: $id) { governanceMatter { id resolution { outcome } motions { id } } } }`, {
        token: token(Role.OWNERS_COMMITTEE),
        variables: { id: linked[0].motionId },
      });
      expect(response.body).toEqual({ data: { ownersMotion: { governanceMatter: { id: matterId, resolution: { outcome: 'PASSED' }, motions: [{ id: linked[0].motionId }] } } } });
    });

    await step('lists the statutory clocks of created data with exact due dates, for the committee and area offices only', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const QUERY = `query($id: ID!) { neighborhood(id: $id) { statutoryDeadlines(withinDays: 30) {
        kind dueOn status daysLeft committee { id } assembly { id } resolution { id } } } }`;
      const response = await graph.graphql<{ neighborhood: { statutoryDeadlines: { kind: string; assembly: { id: string } | null; resolution: { id: string } | null }[] } }>(QUERY, {
        token: token(Role.OWNERS_COMMITTEE),
        variables: { id: neighborhood.id },
      });
      expect(response.body.errors).toBeUndefined();
      const clocks = response.body.data!.neighborhood.statutoryDeadlines;
      const { committee } = demoScenario(graph.plan);
      // Every notice was given when its assembly was convened: no notice clock is open.
      expect(clocks.filter((clock) => clock.kind === 'ASSEMBLY_NOTICE')).toEqual([]);
      // The rejected motion's resolution is not yet published: due 3 days after today's decision.
      const publications = clocks.filter((clock) => clock.kind === 'RESOLUTION_PUBLICATION');
      expect(publications).toEqual([
        { kind: 'RESOLUTION_PUBLICATION', dueOn: isoDay(midnight(19)), status: 'UPCOMING', daysLeft: 3, committee: { id: committee.id }, assembly: null, resolution: { id: expect.any(String) } },
      ]);
      expect(publications[0].resolution!.id).not.toBe(resolutionId);

      const community = await graph.graphql(`query($id: ID!) { community(id: $id) { statutoryDeadlines(withinDays: 30, status: UPCOMING) { kind } } }`, {
        token: token(Role.COMMUNITY),
        variables: { id: neighborhood.communityId },
      });
      expect((community.body.data as { community: { statutoryDeadlines: { kind: string }[] } }).community.statutoryDeadlines.filter((clock) => clock.kind !== 'TERM_EXPIRY')).toHaveLength(
        clocks.filter((clock) => clock.kind !== 'TERM_EXPIRY' && clock.kind !== 'COMMITTEE_FILING').length,
      );
      for (const role of [Role.PROPERTY_COMPANY, Role.PARTY_BRANCH]) {
        const denied = await graph.graphql(QUERY, { token: token(role), variables: { id: neighborhood.id } });
        expect(denied.body).toEqual({ data: { neighborhood: { statutoryDeadlines: [] } } });
      }
      const bad = await graph.graphql(`query($id: ID!) { neighborhood(id: $id) { statutoryDeadlines(withinDays: -1) { kind } } }`, { token: token(Role.OWNERS_COMMITTEE), variables: { id: neighborhood.id } });
      expect(bad.body.errors?.[0]).toMatchObject({ message: 'withinDays must be 0 to 366.', extensions: { code: 'BAD_USER_INPUT', field: 'withinDays' } });
    });

  });
});

describe("the demo seed's committees and decisions", () => {
  it("lists the seeded committees' overdue filings and term warnings for the district, exactly", async () => {
    const today = Math.floor(graph.clock.now().getTime() / DAY);
    const committees = planOwnersCommittees(graph.plan).filter((planned) => planned.members.length >= 5);
    const expected = committees
      .flatMap((planned) => {
        const clocks: { kind: string; dueOn: string; daysLeft: number; committee: { id: string } }[] = [];
        const filingDue = Math.floor(planned.electedOn.getTime() / DAY) + 30;
        if (!planned.filedOn && filingDue < today) clocks.push({ kind: 'COMMITTEE_FILING', dueOn: isoDay(new Date(filingDue * DAY)), daysLeft: filingDue - today, committee: { id: planned.id } });
        const termEnd = Math.floor(planned.termEndsOn.getTime() / DAY);
        if (termEnd < today) clocks.push({ kind: 'TERM_EXPIRY', dueOn: isoDay(planned.termEndsOn), daysLeft: termEnd - today, committee: { id: planned.id } });
        return clocks;
      })
      .sort((a, b) => a.daysLeft - b.daysLeft || a.kind.localeCompare(b.kind) || a.committee.id.localeCompare(b.committee.id));
    expect(expected.length).toBeGreaterThan(0);
    const response = await graph.graphql(`{ districts { nodes { statutoryDeadlines(status: OVERDUE) { kind dueOn daysLeft committee { id } } } } }`, { token: token(Role.DISTRICT) });
    expect(response.body).toEqual({ data: { districts: { nodes: [{ statutoryDeadlines: expected }] } } });
  });

  it("seeds the plan's decisions and required members: each matter's motion open, adopted or not, the committees with their required people", async () => {
    const matters = graph.plan.governance.governanceMatters.filter((matter) => matter.motion);
    expect(matters.length).toBeGreaterThan(0);
    expect(await facts(matters.map((matter) => matter.id))).toEqual(
      matters.map(({ motion }) => ({ linked: 1, pending: motion!.open ? 1 : 0, completed: motion!.adopted ? 1 : 0, evaluated: 0, failed: motion!.open || motion!.adopted ? 0 : 1 })),
    );
    const adopted = matters.find((matter) => matter.motion!.adopted)!;
    expect(await matterAs(Role.DISTRICT, adopted.id)).toEqual({
      id: adopted.id,
      motions: [{ id: adopted.motion!.id, status: 'CLOSED' }],
      resolution: { id: expect.any(String), outcome: 'PASSED' },
    });
    const seated = planOwnersCommittees(graph.plan).filter((planned) => planned.members.length >= 5);
    const required = graph.plan.governance.requiredCommitteeMembers.filter((member) => seated.some((planned) => planned.id === member.committeeId));
    expect(required.length).toBeGreaterThan(0);
    for (const member of required) {
      const response = await graph.graphql<{ ownersCommittee: { members: { role: string; person: { id: string } }[] } }>(
        `query($id: ID!) { ownersCommittee(id: $id) { members { role person { id } } } }`,
        { token: token(Role.DISTRICT), variables: { id: member.committeeId } },
      );
      const members = response.body.data!.ownersCommittee.members;
      expect(members.map((post) => post.person.id)).toContain(member.personId);
      expect([5, 7, 9, 11]).toContain(members.length);
      expect(members.filter((post) => post.role === 'DIRECTOR')).toHaveLength(1);
    }
  });

  it("summarises a person's committee posts for Person.posts, as Person.committeePosts shows them", async () => {
    const { committee } = demoScenario(graph.plan);
    const planned = planOwnersCommittees(graph.plan).find((candidate) => candidate.id === committee.id)!;
    const director = planned.members[0];
    const query = {
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ownersPostSummaries } } }',
      variables: { r: planned.members.map((member) => ({ __typename: 'Person', id: member.personId })) },
    };
    graph.resetSqlCount();
    const response = await graph.subgraphRequest('owners', query, gatewayHeaders('owners', token(Role.STREET)));
    const statements = graph.sqlStatements('owners');
    const summaries = (response.body.data as { _entities: { ownersPostSummaries: unknown[] }[] })._entities;
    expect(summaries[0].ownersPostSummaries).toContainEqual({
      postId: director.id,
      organizationType: 'OwnersCommittee',
      organizationId: committee.id,
      kind: 'DIRECTOR',
      title: '业委会主任',
      since: isoDay(planned.electedOn),
      until: isoDay(planned.termEndsOn),
    });
    // Posts and committees of all members load together.
    expect(statements).toBeLessThanOrEqual(3);
    const hidden = await graph.subgraphRequest('owners', query, gatewayHeaders('owners', token(Role.JOINT_UNIT)));
    expect((hidden.body.data as { _entities: { ownersPostSummaries: unknown[] }[] })._entities.every((entity) => entity.ownersPostSummaries.length === 0)).toBe(true);
  });
});
