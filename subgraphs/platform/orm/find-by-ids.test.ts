import { randomUUID } from 'node:crypto';
import { wrap } from '@mikro-orm/core';
import { findByIds, findWhereIn } from './find-by-ids.js';
import { startScratchDatabase, Ticket, type ScratchDatabase } from './versioned-row.fixture.js';

let db: ScratchDatabase;
let ids: string[];
beforeAll(async () => {
  db = await startScratchDatabase();
  const em = db.orm.em.fork();
  const tickets = [em.create(Ticket, { note: 'first' }), em.create(Ticket, { status: 'CLOSED' }), em.create(Ticket, { note: 'third' })];
  await em.flush();
  ids = tickets.map((ticket) => ticket.id);
});
afterAll(async () => {
  await db?.stop();
});

const plain = (tickets: Ticket[]) => tickets.map((ticket) => wrap(ticket).toObject()).sort((a, b) => a.id.localeCompare(b.id));

describe('findByIds', () => {
  it('returns what em.find returns for the same keys, missing ones left out, as managed entities', async () => {
    const keys = [...ids, randomUUID()];
    const em = db.orm.em.fork();
    const found = await findByIds(db.orm.em.fork(), Ticket, keys);
    expect(plain(found)).toEqual(plain(await em.find(Ticket, { id: { $in: keys } })));
    expect(found.map((ticket) => ticket.createdAt instanceof Date && wrap(ticket, true).__managed)).toEqual([true, true, true]);
  });

  it('reads inside the request transaction', async () => {
    await db.orm.em.fork().transactional(async (tx) => {
      const ticket = tx.create(Ticket, { note: 'not committed' });
      await tx.flush();
      expect((await findByIds(tx, Ticket, [ticket.id])).map((found) => found.note)).toEqual(['not committed']);
      expect(await findByIds(db.orm.em.fork(), Ticket, [ticket.id])).toEqual([]);
    });
  });

  it('keeps an unsaved change of an entity the request holds, completes a partly loaded one, and saves changes made after', async () => {
    const em = db.orm.em.fork();
    const held = await em.findOneOrFail(Ticket, { id: ids[0] });
    held.note = 'changed, not saved';
    const partial = await em.findOneOrFail(Ticket, { id: ids[1] }, { fields: ['id'] });
    const [first, second] = [...(await findByIds(em, Ticket, [ids[0], ids[1]]))].sort((a, b) => (a.id === ids[0] ? -1 : b.id === ids[0] ? 1 : 0));
    expect(first).toBe(held);
    expect(second).toBe(partial);
    expect({ note: first.note, status: second.status }).toEqual({ note: 'changed, not saved', status: 'CLOSED' });
    second.note = 'saved';
    await em.flush();
    expect((await db.orm.em.fork().findOneOrFail(Ticket, { id: ids[1] })).note).toBe('saved');
  });

  it('finds an entity the request created and has not yet saved, as em.find does (it saves it first)', async () => {
    const em = db.orm.em.fork();
    const created = em.create(Ticket, { note: 'created in this request' });
    expect(await findByIds(em, Ticket, [created.id])).toEqual([created]);
    expect((await db.orm.em.fork().findOneOrFail(Ticket, { id: created.id })).note).toBe('created in this request');
  });

  it('reads by another column as em.find does', async () => {
    const found = await findWhereIn(db.orm.em.fork(), Ticket, 'status', ['CLOSED', 'NO_SUCH_STATUS']);
    expect(plain(found)).toEqual(plain(await db.orm.em.fork().find(Ticket, { status: { $in: ['CLOSED', 'NO_SUCH_STATUS'] } })));
    expect(found.map((ticket) => ticket.status)).toContain('CLOSED');
  });

  it('returns nothing for no keys', async () => {
    expect(await findByIds(db.orm.em.fork(), Ticket, [])).toEqual([]);
  });
});
