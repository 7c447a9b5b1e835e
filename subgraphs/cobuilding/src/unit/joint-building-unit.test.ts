import { Role } from '../../../platform/access/role.js';
import { todayInChina } from '../../../platform/calendar/calendar-day.js';
import { startGraph, stop, rowsNow, token, byText, placeOf, otherUnit, forbiddenError, demo, scenario, graph } from '../cobuilding-test-data.js';

beforeAll(startGraph);
afterAll(stop);

describe('joint-building units', () => {
  it('lists the plan’s units with their kinds and party organisations', async () => {
    const response = await graph.graphql(`{ jointBuildingUnits(first: 100) { totalCount nodes { id name kind partyOrganization { id } } } }`, {
      token: token(Role.STREET),
    });
    // With any unit another test of the file registered.
    const registered = await rowsNow<{ id: string; name: string; kind: string; partyOrganizationId: string | null }>(
      'select id, name, kind, party_organization_id as "partyOrganizationId" from cobuilding.joint_building_unit where not (id = any($1::uuid[]))',
      [graph.plan.jointUnits.map((unit) => unit.id)],
    );
    const units = [...graph.plan.jointUnits, ...registered];
    expect(response.body).toEqual({
      data: {
        jointBuildingUnits: {
          totalCount: units.length,
          nodes: units
            .sort((a, b) => byText(a.name, b.name))
            .map((unit) => ({ id: unit.id, name: unit.name, kind: unit.kind, partyOrganization: unit.partyOrganizationId ? { id: unit.partyOrganizationId } : null })),
        },
      },
    });
  });

  it('refuses residents the directory', async () => {
    const response = await graph.graphql('{ jointBuildingUnits { totalCount } }', { token: token(Role.RESIDENT) });
    expect(response.body).toEqual({ data: null, errors: [forbiddenError('Residents may not list joint-building units.', ['jointBuildingUnits'])] });
  });

  it('shows a community its pairings, with units, neighborhoods and whether each is active', async () => {
    const response = await graph.graphql(
      `query($id: ID!) { community(id: $id) { name pairings { id unit { name } neighborhood { name } startsOn endsOn agreement active } } }`,
      { token: token(Role.COMMUNITY), variables: { id: scenario.community.id } },
    );
    const today = todayInChina();
    expect(response.body).toEqual({
      data: {
        community: {
          name: scenario.community.name,
          pairings: demo.pairings
            .filter((p) => p.communityId === scenario.community.id)
            .map((p) => ({
              id: p.id,
              unit: { name: graph.plan.jointUnits.find((u) => u.id === p.unitId)!.name },
              neighborhood: p.neighborhoodId ? { name: graph.plan.neighborhoods.find((n) => n.id === p.neighborhoodId)!.name } : null,
              startsOn: p.startsOn,
              endsOn: p.endsOn,
              agreement: p.agreement,
              active: p.startsOn <= today && today <= p.endsOn,
            })),
        },
      },
    });
  });

  it('shows a person’s unit posts, and a unit its report-ins', async () => {
    const post = demo.posts.find((p) => p.unitId === scenario.jointUnit.id)!;
    const response = await graph.graphql(
      `query($person: ID!, $unit: ID!) {
        person(id: $person) { unitPosts { title since unit { name } community { id } } }
        jointBuildingUnit(id: $unit) { reportIns { year memberCount community { id } } }
      }`,
      { token: token(Role.COMMUNITY), variables: { person: post.personId, unit: scenario.jointUnit.id } },
    );
    const reportIn = demo.reportIns.find((r) => r.unitId === scenario.jointUnit.id)!;
    // With any report-in another test of the file recorded here, in the listed order (year, then community).
    const recorded = await rowsNow<{ year: number; memberCount: number; communityId: string }>(
      'select year, member_count as "memberCount", community_id as "communityId" from cobuilding.unit_report_in where unit_id = $1 and community_id = $2 and id <> $3',
      [scenario.jointUnit.id, scenario.community.id, reportIn.id],
    );
    const reportIns = [{ year: reportIn.year, memberCount: reportIn.memberCount, communityId: scenario.community.id }, ...recorded].sort((a, b) => a.year - b.year);
    expect(response.body).toEqual({
      data: {
        person: { unitPosts: [{ title: 'LIAISON', since: post.since, unit: { name: scenario.jointUnit.name }, community: { id: scenario.community.id } }] },
        jointBuildingUnit: { reportIns: reportIns.map((r) => ({ year: r.year, memberCount: r.memberCount, community: { id: r.communityId } })) },
      },
    });
  });

  it('lets a unit report in to a community it is paired with, once a year, and nowhere else', async () => {
    const mutation = `mutation($input: JointUnitReportInInput!) { recordUnitReportIn(input: $input) { year memberCount community { id } unit { id } } }`;
    const ok = await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { communityId: scenario.community.id, year: 2027, memberCount: 35 } } });
    expect(ok.body).toEqual({ data: { recordUnitReportIn: { year: 2027, memberCount: 35, community: { id: scenario.community.id }, unit: { id: scenario.jointUnit.id } } } });
    const again = await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { communityId: scenario.community.id, year: 2027, memberCount: 36 } } });
    expect(again.body).toEqual({
      data: null,
      errors: [{ message: 'A record with the same unique values already exists.', path: ['recordUnitReportIn'], extensions: { code: 'CONFLICT' } }],
    });
    const elsewhere = await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { communityId: otherUnit().communityId, year: 2027, memberCount: 5 } } });
    expect(elsewhere.body).toEqual({
      data: null,
      errors: [forbiddenError('Your unit is not paired with this community: a unit reports in where it is paired.', ['recordUnitReportIn'])],
    });
    const byCommunity = await graph.graphql(mutation, { token: token(Role.COMMUNITY), variables: { input: { communityId: scenario.community.id, year: 2028, memberCount: 5 } } });
    expect(byCommunity.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an area office pair a unit within its area, refusing overlaps, reversed periods and other areas; the neighborhood shows it', async () => {
    // In a neighborhood of another community than the demo one (where the unit has no pairing), by that community's
    // office, so that the demo community's pairings, suggestions and figures stay the seed's for the other tests.
    const mutation = `mutation($input: CreatePairingInput!) { createPairing(input: $input) { unit { id } community { id } neighborhood { id } startsOn endsOn active } }`;
    const unit = otherUnit();
    const neighborhood = graph.plan.neighborhoods.find((n) => n.communityId !== scenario.community.id && !demo.pairings.some((p) => p.unitId === unit.id && p.communityId === n.communityId))!;
    const community = await graph.issuer.issue('pairing-community-office', { role: Role.COMMUNITY, grant: { communityIds: [neighborhood.communityId] } }, { expiresIn: '1h' });
    const input = { unitId: unit.id, place: placeOf(neighborhood.id), startsOn: '2026-03-01', endsOn: '2026-12-31', agreement: '包保小区协议' };
    const today = todayInChina();
    const ok = await graph.graphql(mutation, { token: community, variables: { input } });
    expect(ok.body).toEqual({
      data: {
        createPairing: {
          unit: { id: unit.id },
          community: { id: neighborhood.communityId },
          neighborhood: { id: neighborhood.id },
          startsOn: '2026-03-01',
          endsOn: '2026-12-31',
          active: '2026-03-01' <= today && today <= '2026-12-31',
        },
      },
    });
    const overlap = await graph.graphql(mutation, { token: community, variables: { input: { ...input, startsOn: '2026-12-01', endsOn: '2027-06-30' } } });
    expect(overlap.body).toEqual({
      data: null,
      errors: [
        {
          message: 'This unit is already paired with this place for part of that period: change the dates or end the other pairing.',
          path: ['createPairing'],
          extensions: { code: 'CONFLICT' },
        },
      ],
    });
    const reversed = await graph.graphql(mutation, { token: community, variables: { input: { ...input, startsOn: '2030-01-02', endsOn: '2030-01-01' } } });
    expect(reversed.body).toEqual({
      data: null,
      errors: [{ message: 'endsOn must not be before startsOn.', path: ['createPairing'], extensions: { code: 'BAD_USER_INPUT', field: 'endsOn' } }],
    });
    const otherArea = placeOf(graph.plan.neighborhoods.find((n) => n.communityId !== neighborhood.communityId)!.id);
    const refused = await graph.graphql(mutation, { token: community, variables: { input: { ...input, place: otherArea } } });
    expect(refused.body).toEqual({
      data: null,
      errors: [forbiddenError('Your role (COMMUNITY) may not pair units here: only the community, street or district office of this area may.', ['createPairing'])],
    });
    const byUnit = await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { ...input, startsOn: '2031-01-01', endsOn: '2031-12-31' } } });
    expect(byUnit.body.errors?.[0]).toEqual(
      forbiddenError('Your role (JOINT_UNIT) may not pair units here: only the community, street or district office of this area may.', ['createPairing']),
    );
    // The neighborhood shows the units paired with it alone (包保).
    const shown = await graph.graphql(`query($id: ID!) { neighborhood(id: $id) { pairings { unit { id } startsOn } } }`, { token: community, variables: { id: neighborhood.id } });
    const paired = [...demo.pairings.filter((p) => p.neighborhoodId === neighborhood.id), { unitId: unit.id, startsOn: '2026-03-01' }];
    expect(shown.body).toEqual({ data: { neighborhood: { pairings: paired.map((p) => ({ unit: { id: p.unitId }, startsOn: p.startsOn })) } } });
  });
});

describe('the unit directory and unit posts', () => {
  it('lets a district or street office register a unit, once per name', async () => {
    const mutation = `mutation($input: RegisterJointBuildingUnitInput!) { registerJointBuildingUnit(input: $input) { name kind partyOrganization { id } pairings { id } } }`;
    const input = { name: '县图书馆', kind: 'PUBLIC_INSTITUTION' };
    expect((await graph.graphql(mutation, { token: token(Role.STREET), variables: { input } })).body).toEqual({
      data: { registerJointBuildingUnit: { name: '县图书馆', kind: 'PUBLIC_INSTITUTION', partyOrganization: null, pairings: [] } },
    });
    expect((await graph.graphql(mutation, { token: token(Role.DISTRICT), variables: { input } })).body).toEqual({
      data: null,
      errors: [{ message: 'A record with the same unique values already exists.', path: ['registerJointBuildingUnit'], extensions: { code: 'CONFLICT' } }],
    });
    expect((await graph.graphql(mutation, { token: token(Role.COMMUNITY), variables: { input: { ...input, name: '不应保存' } } })).body).toEqual({
      data: null,
      errors: [forbiddenError('Your role (COMMUNITY) may not register joint-building units: only DISTRICT or STREET may.', ['registerJointBuildingUnit'])],
    });
  });

  it('lets a unit appoint a person to a post in a paired community, shown on the person', async () => {
    const mutation = `mutation($input: AppointUnitPostInput!) { appointUnitPost(input: $input) { title since unit { id } person { id } community { id } } }`;
    const person = graph.plan.persons.find((p) => p.communityId === scenario.community.id && !demo.posts.some((post) => post.personId === p.id))!;
    const input = { personId: person.id, title: 'FIRST_SECRETARY', communityId: scenario.community.id, since: '2026-09-01' };
    expect((await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input } })).body).toEqual({
      data: { appointUnitPost: { title: 'FIRST_SECRETARY', since: '2026-09-01', unit: { id: scenario.jointUnit.id }, person: { id: person.id }, community: { id: scenario.community.id } } },
    });
    expect((await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { ...input, communityId: otherUnit().communityId } } })).body).toEqual({
      data: null,
      errors: [forbiddenError('Your unit is not paired with this community: posts serve a paired community.', ['appointUnitPost'])],
    });
    const shown = await graph.graphql(`query($id: ID!) { person(id: $id) { unitPosts { title unit { name } } } }`, { token: token(Role.COMMUNITY), variables: { id: person.id } });
    expect(shown.body).toEqual({ data: { person: { unitPosts: [{ title: 'FIRST_SECRETARY', unit: { name: scenario.jointUnit.name } }] } } });
  });
});

