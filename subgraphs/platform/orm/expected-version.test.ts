import { GraphQLError } from 'graphql';
import { assertAtVersion, staleVersion, updateAtVersion } from './expected-version.js';
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

  it("names the record in the service's words, with the current version in the extension it chose or in none", () => {
    expect(refusal(staleVersion(3, 1, { noun: 'service order', versionExtension: false }))).toEqual({
      message: 'This service order is at version 3, not 1: someone changed it since you read it. Reload and try again.',
      extensions: { code: 'CONFLICT' },
    });
    expect(refusal(staleVersion(3, 1, { subject: "Your company's record", versionExtension: 'currentVersion' }))).toEqual({
      message: "Your company's record is at version 3, not 1: someone changed it since you read it. Reload and try again.",
      extensions: { code: 'CONFLICT', currentVersion: 3 },
    });
  });
});

describe('assertAtVersion', () => {
  it('passes the version read, and no version at all; refuses another, in the wording given', () => {
    expect(() => assertAtVersion({ version: 2 }, 2)).not.toThrow();
    expect(() => assertAtVersion({ version: 2 }, undefined)).not.toThrow();
    expect(() => assertAtVersion({ version: 2 }, 1)).toThrow(STALE_AT_2.message);
    let caught: unknown;
    try {
      assertAtVersion({ version: 2 }, 1, { noun: 'zone', versionExtension: false });
    } catch (error) {
      caught = error;
    }
    expect(refusal(caught)).toEqual({ message: STALE_AT_2.message.replace('record', 'zone'), extensions: { code: 'CONFLICT' } });
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

  it('refuses a row that no longer meets the condition, in the wording given', async () => {
    const id = await openTicket();
    const first = await loadTicket(id);
    const second = await loadTicket(id);
    await updateAtVersion(first.em, Ticket, first.ticket, 1, { status: 'CLOSED' }, { status: 'OPEN' });
    const error = await updateAtVersion(second.em, Ticket, second.ticket, 1, { status: 'WITHDRAWN' }, { status: 'OPEN' }, { noun: 'ticket' }).catch((caught: unknown) => caught);
    expect(refusal(error)).toEqual({ ...STALE_AT_2, message: STALE_AT_2.message.replace('record', 'ticket') });
    expect({ status: second.ticket.status, version: second.ticket.version }).toEqual({ status: 'CLOSED', version: 2 });
  });
});
