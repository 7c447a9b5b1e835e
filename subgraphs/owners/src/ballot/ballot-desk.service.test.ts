import pg from 'pg';
import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { recordElectorate } from '../../../../test/harness/owners-electorate.js';

// Ballots that arrive together are written together (ballot-desk.service.ts); every rule of a single ballot still holds.
let graph: GraphStack;
let db: pg.Client;
let motionIds: string[];
let unitIds: string[];
beforeAll(async () => {
  graph = await startGraph();
  db = new pg.Client({ connectionString: graph.runtimeDatabaseUrls.get('owners') });
  await db.connect();
  const { neighborhood } = demoScenario(graph.plan);
  const committee = graph.tokens.get(Role.OWNERS_COMMITTEE)!;
  await recordElectorate(graph, committee, neighborhood.id);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();
  const convened = await graph.graphql<{ conveneOwnersAssembly: { motions: { id: string }[] } }>(
    'mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { motions { id } } }',
    {
      token: committee,
      variables: {
        input: { title: '批量表决', form: 'WRITTEN', meetsOn: day(15.5), motions: [{ title: '议题一', category: 'OTHER_MAJOR_MATTER' }, { title: '议题二', category: 'OTHER_MAJOR_MATTER' }] },
      },
    },
  );
  motionIds = convened.body.data!.conveneOwnersAssembly.motions.map((motion) => motion.id);
  // Voting opens when the assembly meets: move the graph's clock there.
  graph.clock.advance('16d');
  unitIds = graph.plan.units.filter((unit) => unit.neighborhoodId === neighborhood.id).map((unit) => unit.id);
});
afterAll(async () => {
  await db?.end();
  await graph?.stop();
});

const CAST = 'mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { id choice unit { id } } }';
type Cast = { castOwnersBallot: { id: string; choice: string; unit: { id: string } } };
const cast = (input: Record<string, unknown>) => graph.graphql<Cast>(CAST, { token: graph.tokens.get(Role.OWNERS_COMMITTEE), variables: { input } });

describe('ballots sent at once', () => {
  it('stores one ballot per unit: a retry returns the first, a competing ballot for the same unit is CONFLICT', async () => {
    // For every unit at once: a ballot, its retry under the same key, and a competing ballot under another key.
    const sent = unitIds.flatMap((unitId, index) => [
      { kind: 'first', unitId, input: { motionId: motionIds[0], unitId, choice: 'FOR', idempotencyKey: `batch-first-${index}` } },
      { kind: 'retry', unitId, input: { motionId: motionIds[0], unitId, choice: 'FOR', idempotencyKey: `batch-first-${index}` } },
      { kind: 'other', unitId, input: { motionId: motionIds[0], unitId, choice: 'AGAINST', idempotencyKey: `batch-other-${index}` } },
    ]);
    const responses = await Promise.all(sent.map((ballot) => cast(ballot.input)));
    const { rows } = await db.query<{ id: string; unit_id: string; choice: string }>('select id, unit_id, choice from owners.owners_ballot where motion_id = $1', [motionIds[0]]);
    expect(rows).toHaveLength(unitIds.length);

    for (const unitId of unitIds) {
      const stored = rows.find((row) => row.unit_id === unitId)!;
      const of = (kind: string) => responses[sent.findIndex((ballot) => ballot.unitId === unitId && ballot.kind === kind)].body;
      const won = { data: { castOwnersBallot: { id: stored.id, choice: stored.choice, unit: { id: unitId } } } };
      const lost = {
        data: null,
        errors: [{ message: 'This unit has already voted on this motion; a ballot cannot be changed.', path: ['castOwnersBallot'], extensions: { code: 'CONFLICT', field: 'unitId' } }],
      };
      if (stored.choice === 'FOR') expect([of('first'), of('retry'), of('other')]).toEqual([won, won, lost]);
      else expect([of('first'), of('retry'), of('other')]).toEqual([lost, lost, won]);
    }
  });

  it('refuses every ballot once the motion is closed, and returns an earlier ballot to its retry', async () => {
    const before = await Promise.all(unitIds.slice(0, 5).map((unitId, index) => cast({ motionId: motionIds[1], unitId, choice: 'FOR', idempotencyKey: `before-close-${index}` })));
    expect(before.every((response) => response.body.errors === undefined)).toBe(true);
    const closed = await graph.graphql('mutation($id: ID!) { closeOwnersMotion(motionId: $id) { id } }', { token: graph.tokens.get(Role.OWNERS_COMMITTEE), variables: { id: motionIds[1] } });
    expect(closed.body.errors).toBeUndefined();

    const late = await Promise.all(unitIds.slice(5).map((unitId, index) => cast({ motionId: motionIds[1], unitId, choice: 'FOR', idempotencyKey: `after-close-${index}` })));
    for (const response of late) {
      expect(response.body).toEqual({ data: null, errors: [{ message: 'This motion is closed; no more ballots are accepted.', path: ['castOwnersBallot'], extensions: { code: 'CONFLICT' } }] });
    }
    const retried = await cast({ motionId: motionIds[1], unitId: unitIds[0], choice: 'FOR', idempotencyKey: 'before-close-0' });
    expect(retried.body).toEqual(before[0].body);
    expect((await db.query('select count(*)::int as n from owners.owners_ballot where motion_id = $1', [motionIds[1]])).rows[0].n).toBe(5);
  });
});
