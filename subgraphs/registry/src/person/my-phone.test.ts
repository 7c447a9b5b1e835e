import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const CORRECT = 'mutation($input: CorrectMyPhoneInput!) { correctMyPhone(input: $input) { id name phone version } }';
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  graph.subgraphs.get('registry')!.orm.em.getConnection().execute<T[]>(text, params);
const stored = async (personId: string) => ({
  person: (await sql('select phone, version from registry.person where id = ?', [personId]))[0],
  history: await sql('select previous_phone, phone, changed_by_role, changed_at from registry.person_phone_change where person_id = ? order by changed_at, phone', [personId]),
});
const refusal = (code: string, message: string, extra: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, path: ['correctMyPhone'], extensions: { code, ...extra } }] });

describe('a resident corrects their own phone (correctMyPhone)', () => {
  it('changes the phone of the resident behind the token, at the version read, keeping the old number in the history', async () => {
    const { resident } = demoScenario(graph.plan);
    const token = graph.tokens.get(Role.RESIDENT);
    const before = await stored(resident.id);
    expect(before.history).toEqual([]);
    const version = before.person.version as number;

    expect((await graph.graphql(CORRECT, { token, variables: { input: { phone: '13900001111', expectedVersion: version + 5 } } })).body).toEqual(
      refusal('CONFLICT', `This record is at version ${version}, not ${version + 5}: someone changed it since you read it. Reload and try again.`, { currentVersion: version }),
    );
    expect(await stored(resident.id)).toEqual(before);

    const now = graph.clock.now();
    expect((await graph.graphql(CORRECT, { token, variables: { input: { phone: '13900001111', expectedVersion: version } } })).body).toEqual({
      data: { correctMyPhone: { id: resident.id, name: resident.name, phone: '13900001111', version: version + 1 } },
    });
    const after = await stored(resident.id);
    expect(after.person).toEqual({ phone: '13900001111', version: version + 1 });
    expect(after.history).toEqual([{ previous_phone: resident.phone, phone: '13900001111', changed_by_role: 'RESIDENT', changed_at: expect.any(String) }]);
    // At the server clock (the graph's injected clock), not a time from the input.
    expect(Math.abs(new Date(after.history[0].changed_at as string).getTime() - now.getTime())).toBeLessThan(60_000);
    expect((await graph.graphql('{ me { phone version } }', { token })).body).toEqual({ data: { me: { phone: '13900001111', version: version + 1 } } });

    // An office changing it later adds to the same history.
    const update = await graph.graphql('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { phone version } }', {
      token: graph.tokens.get(Role.DISTRICT), variables: { input: { id: resident.id, expectedVersion: version + 1, phone: '027-85551234' } },
    });
    expect(update.body).toEqual({ data: { updatePerson: { phone: '027****1234', version: version + 2 } } });
    expect((await stored(resident.id)).history.map(({ previous_phone, phone, changed_by_role }) => ({ previous_phone, phone, changed_by_role }))).toEqual([
      { previous_phone: resident.phone, phone: '13900001111', changed_by_role: 'RESIDENT' },
      { previous_phone: '13900001111', phone: '027-85551234', changed_by_role: 'DISTRICT' },
    ]);
  });

  it('refuses a malformed number without echoing it, and every role but a resident, storing nothing', async () => {
    const { resident, communityWorker } = demoScenario(graph.plan);
    const before = await stored(resident.id);
    const workerBefore = await stored(communityWorker.id);
    const version = before.person.version as number;
    const malformed = await graph.graphql(CORRECT, { token: graph.tokens.get(Role.RESIDENT), variables: { input: { phone: '12345', expectedVersion: version } } });
    expect(malformed.body).toEqual(
      refusal('BAD_USER_INPUT', 'Invalid input: phone must be a mainland mobile number (11 digits starting with 1) or a landline such as 027-85551234.', { fields: ['phone'] }),
    );
    expect(JSON.stringify(malformed.body)).not.toContain('12345');
    // The community worker's token names a person too; an office corrects numbers with updatePerson.
    for (const role of [Role.COMMUNITY, Role.DISTRICT, Role.PROPERTY_COMPANY, Role.PARTY_BRANCH]) {
      expect((await graph.graphql(CORRECT, { token: graph.tokens.get(role), variables: { input: { phone: '13900002222', expectedVersion: 1 } } })).body).toEqual(
        refusal('FORBIDDEN', 'Only a resident (RESIDENT) corrects their own phone; community, street and district offices use updatePerson.'),
      );
    }
    expect(await stored(resident.id)).toEqual(before);
    expect(await stored(communityWorker.id)).toEqual(workerBefore);
  });
});
