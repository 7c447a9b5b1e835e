import { updateIf } from './conditional-update.js';
import { startScratchDatabase, Ticket, type ScratchDatabase } from './versioned-row.fixture.js';

let db: ScratchDatabase;
beforeAll(async () => {
  db = await startScratchDatabase();
});
afterAll(async () => {
  await db?.stop();
});

async function openTicket(): Promise<Ticket> {
  const em = db.orm.em.fork();
  const ticket = em.create(Ticket, {});
  await em.flush();
  return ticket;
}

/** The ticket as another request would load it: its own EntityManager. */
const loadTicket = (id: string) => {
  const em = db.orm.em.fork();
  return em.findOneOrFail(Ticket, { id }).then((ticket) => ({ em, ticket }));
};

describe('updateIf', () => {
  it('changes the row while the condition holds, raises the version and sets updatedAt', async () => {
    const { id, updatedAt } = await openTicket();
    const { em, ticket } = await loadTicket(id);
    const updated = await updateIf(em, Ticket, ticket, { status: 'OPEN' }, { status: 'CLOSED', note: 'done' });
    expect(updated).toBe(ticket);
    expect({ status: ticket.status, note: ticket.note, version: ticket.version }).toEqual({ status: 'CLOSED', note: 'done', version: 2 });
    expect(ticket.updatedAt.getTime()).toBeGreaterThanOrEqual(updatedAt.getTime());
  });

  it("keeps the changes' own updatedAt (a caller on the server clock of legal effect)", async () => {
    const { id } = await openTicket();
    const { em, ticket } = await loadTicket(id);
    const at = new Date('2030-01-02T03:04:05.000Z');
    await updateIf(em, Ticket, ticket, { status: 'OPEN' }, { status: 'CLOSED', updatedAt: at });
    expect({ updatedAt: ticket.updatedAt.toISOString(), version: ticket.version }).toEqual({ updatedAt: at.toISOString(), version: 2 });
  });

  it('returns null and leaves the row as it is when the condition no longer holds, with the row refreshed', async () => {
    const { id } = await openTicket();
    const first = await loadTicket(id);
    const second = await loadTicket(id);
    await updateIf(first.em, Ticket, first.ticket, { status: 'OPEN' }, { status: 'CLOSED' });
    expect(await updateIf(second.em, Ticket, second.ticket, { status: 'OPEN' }, { status: 'WITHDRAWN' })).toBeNull();
    expect({ status: second.ticket.status, version: second.ticket.version }).toEqual({ status: 'CLOSED', version: 2 });
  });

  it('lets exactly one of concurrent requests through when both start from the same state', async () => {
    const { id } = await openTicket();
    const requests = await Promise.all([1, 2, 3, 4].map(() => loadTicket(id)));
    const results = await Promise.all(
      requests.map(({ em, ticket }, index) => updateIf(em, Ticket, ticket, { status: 'OPEN' }, { status: 'CLOSED', note: `request ${index}` })),
    );
    expect(results.filter((result) => result !== null)).toHaveLength(1);
    const { ticket } = await loadTicket(id);
    expect({ status: ticket.status, version: ticket.version }).toEqual({ status: 'CLOSED', version: 2 });
  });
});
