import { GraphQLError } from 'graphql';
import { staleVersion, updateAtVersion } from './expected-version.js';
import { startScratchDatabase, Ticket, type ScratchDatabase } from './versioned-row.fixture.js';

let db: ScratchDatabase;
beforeAll(async () => {
  db = await startScratchDatabase();
});
afterAll(async () => {
  await db?.stop();
});

async function openTicket(): Promise<string> {
  const em = db.orm.em.fork();
  const ticket = em.create(Ticket, {});
  await em.flush();
  return ticket.id;
}

const loadTicket = (id: string) => {
  const em = db.orm.em.fork();
  return em.findOneOrFail(Ticket, { id }).then((ticket) => ({ em, ticket }));
};

/** The parts of a GraphQL error a client sees. */
const refusal = (error: unknown) => {
  const { message, extensions } = error as GraphQLError;
  return { message, extensions };
};

const STALE_AT_2 = {
  message: 'This record is at version 2, not 1: someone changed it since you read it. Reload and try again.',
  extensions: { code: 'CONFLICT', version: 2 },
};

describe('staleVersion', () => {
  it('is a CONFLICT naming the current and the expected version', () => {
    expect(refusal(staleVersion(2, 1))).toEqual(STALE_AT_2);
  });
});

describe('updateAtVersion', () => {
  it('applies the changes at the expected version and raises it', async () => {
    const { em, ticket } = await loadTicket(await openTicket());
    await updateAtVersion(em, Ticket, ticket, 1, { note: 'first' });
    expect({ note: ticket.note, version: ticket.version }).toEqual({ note: 'first', version: 2 });
  });

  it('refuses a version the row has already left, without a statement', async () => {
    const id = await openTicket();
    const first = await loadTicket(id);
    await updateAtVersion(first.em, Ticket, first.ticket, 1, { note: 'first' });
    const error = await updateAtVersion(first.em, Ticket, first.ticket, 1, { note: 'again' }).catch((caught: unknown) => caught);
    expect(refusal(error)).toEqual(STALE_AT_2);
  });

  it('lets only the first of two editors who read the same version through; the other gets CONFLICT', async () => {
    const id = await openTicket();
    const editors = await Promise.all([loadTicket(id), loadTicket(id)]);
    const outcomes = await Promise.allSettled(editors.map(({ em, ticket }, index) => updateAtVersion(em, Ticket, ticket, 1, { note: `editor ${index}` })));
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected')!;
    expect(refusal(rejected.reason)).toEqual(STALE_AT_2);
  });
});
