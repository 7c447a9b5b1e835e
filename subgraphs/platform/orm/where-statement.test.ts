import { jest } from '@jest/globals';
import { wrap } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findWhere, selectRows, type SelectOptions } from './where-statement.js';
import { startScratchDatabase, Ticket, type ScratchDatabase } from './versioned-row.fixture.js';

let db: ScratchDatabase;
let ids: string[];
beforeAll(async () => {
  db = await startScratchDatabase();
  const em = db.orm.em.fork();
  const tickets = [
    em.create(Ticket, { note: 'first', labels: ['lift', 'roof'] }),
    em.create(Ticket, { status: 'CLOSED', note: "O'Brien's; drop table ticket; --", labels: ['roof'] }),
    em.create(Ticket, { status: 'CLOSED', labels: ["it's", 'lift'] }),
    em.create(Ticket, { note: 'fourth' }),
  ];
  await em.flush();
  ids = tickets.map((ticket) => ticket.id);
  await em.getConnection().execute('update orm_test.ticket set version = 3 where id = ?', [ids[3]]);
});
afterAll(async () => {
  await db?.stop();
});

/** What the query builder itself returns for the clause: the rows selectRows must give. */
async function queryBuilderRows(em: EntityManager, where: FilterQuery<Ticket>, options: SelectOptions<Ticket> = {}) {
  const query = em.createQueryBuilder(Ticket).select('*').where(where as never);
  if (options.orderBy) query.orderBy(options.orderBy as never);
  if (options.limit !== undefined) query.limit(options.limit);
  return query.execute('all');
}

describe('selectRows', () => {
  // Each clause in a row has the same shape with other values: the first builds the statement, the others fill it.
  const shapes: { name: string; clauses: () => FilterQuery<Ticket>[]; options?: SelectOptions<Ticket> }[] = [
    { name: 'an equality', clauses: () => [{ status: 'OPEN' }, { status: 'CLOSED' }, { status: 'NONE' }] },
    { name: 'a list', clauses: () => [{ id: { $in: [ids[0], ids[1]] } }, { id: { $in: [ids[2], randomUUID()] } }, { id: { $in: [ids[3], ids[3]] } }] },
    {
      name: 'alternatives, a null and an operator',
      clauses: () => [
        { $or: [{ status: 'CLOSED', note: null }, { note: { $like: 'f%' } }] },
        { $or: [{ status: 'OPEN', note: null }, { note: { $like: "O'%" } }] },
      ],
    },
    {
      name: 'a conjunction with a number, ordered and limited',
      clauses: () => [
        { $and: [{ id: { $in: ids } }, { version: { $gte: 1 } }] },
        { $and: [{ id: { $in: [ids[3], ids[2], ids[1], ids[0]] } }, { version: { $gte: 2 } }] },
      ],
      options: { orderBy: { note: 'asc', id: 'desc' }, limit: 2 },
    },
    {
      name: 'array operators on an array column',
      clauses: () => [
        { labels: { $overlap: ['lift', 'gate'] }, status: 'OPEN' },
        { labels: { $overlap: ['roof', "it's"] }, status: 'CLOSED' },
        { labels: { $overlap: ['none', 'none'] }, status: 'OPEN' },
      ],
    },
    { name: 'a text that would break a statement built by pasting', clauses: () => [{ note: 'first' }, { note: "O'Brien's; drop table ticket; --" }] },
  ];

  for (const { name, clauses, options } of shapes) {
    it(`returns the query builder's rows for every clause of one shape: ${name}`, async () => {
      const em = db.orm.em.fork();
      const found = [];
      for (const where of clauses()) {
        const rows = await selectRows(em, Ticket, where, options);
        expect(rows).toEqual(await queryBuilderRows(em, where, options));
        found.push(rows.length);
      }
      // The first two clauses of each shape find rows, so equal results are not merely empty ones.
      expect(found.slice(0, 2).every((count) => count > 0)).toBe(true);
    });
  }

  it('builds a statement once per shape, and again for a list of another length', async () => {
    const em = db.orm.em.fork();
    const built = jest.spyOn(em, 'createQueryBuilder');
    const notes = ['only a count of statements', 'counts statements', 'and again'];
    for (const note of notes) await selectRows(em, Ticket, { note: { $in: [note, note] }, status: 'OPEN' });
    // The first clause of the shape: its statement, then the one with markers that becomes the template.
    expect(built).toHaveBeenCalledTimes(2);
    await selectRows(em, Ticket, { note: { $in: notes }, status: 'OPEN' });
    expect(built).toHaveBeenCalledTimes(4);
  });

  it('fills an array operator from the template, quoting its items as the platform does', async () => {
    const em = db.orm.em.fork();
    const built = jest.spyOn(em, 'createQueryBuilder');
    const clauses: FilterQuery<Ticket>[] = [
      { labels: { $overlap: ['lift', 'x'] } },
      { labels: { $overlap: ["it's", 'a "quoted", {braced} label'] } },
      { labels: { $overlap: ['roof', ''] } },
    ];
    for (const where of clauses) {
      built.mockClear();
      const rows = await selectRows(em, Ticket, where);
      const fromTemplate = built.mock.calls.length;
      expect(rows).toEqual(await queryBuilderRows(em, where));
      expect(rows.length).toBeGreaterThan(0);
      // The first clause builds the statement and the template; the others are filled without the query builder.
      expect(fromTemplate).toBe(where === clauses[0] ? 2 : 0);
    }
  });

  it('leaves a clause holding a date to the query builder every time, with the same rows', async () => {
    const em = db.orm.em.fork();
    const where = { createdAt: { $lte: new Date(Date.now() + 60_000) }, status: 'CLOSED' };
    expect(await selectRows(em, Ticket, where)).toEqual(await queryBuilderRows(em, where));
    expect((await selectRows(em, Ticket, where)).map((row) => row.id).sort()).toEqual([ids[1], ids[2]].sort());
  });

  it('reads inside the request transaction', async () => {
    await db.orm.em.fork().transactional(async (tx) => {
      const ticket = tx.create(Ticket, { note: 'not committed' });
      await tx.flush();
      expect((await selectRows(tx, Ticket, { note: 'not committed' })).map((row) => row.id)).toEqual([ticket.id]);
      expect(await selectRows(db.orm.em.fork(), Ticket, { note: 'not committed' })).toEqual([]);
    });
  });

  it('maps columns to property names and JavaScript values', async () => {
    const [row] = await selectRows(db.orm.em.fork(), Ticket, { id: ids[3] });
    expect(row).toEqual({ id: ids[3], note: 'fourth', status: 'OPEN', labels: [], version: 3, createdAt: expect.any(Date), updatedAt: expect.any(Date) });
  });
});

const plain = (tickets: Ticket[]) => tickets.map((ticket) => wrap(ticket).toObject());

describe('findWhere', () => {
  it('returns what em.find returns, in its order, as managed entities, for each clause of a shape', async () => {
    const options: SelectOptions<Ticket> = { orderBy: { status: 'desc', id: 'asc' }, limit: 3 };
    for (const statuses of [['OPEN', 'CLOSED'], ['CLOSED', 'NONE'], ['OPEN', 'OPEN']]) {
      const where = { $or: [{ status: { $in: statuses } }, { note: "O'Brien's; drop table ticket; --" }] };
      const found = await findWhere(db.orm.em.fork(), Ticket, where, options);
      expect(plain(found)).toEqual(plain(await db.orm.em.fork().find(Ticket, where, options as never)));
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((ticket) => wrap(ticket, true).__managed)).toBe(true);
    }
  });

  it('keeps an unsaved change of an entity the request holds, finds one created and not yet saved, and saves changes made after', async () => {
    const em = db.orm.em.fork();
    const held = await em.findOneOrFail(Ticket, { id: ids[0] });
    held.note = 'changed, not saved';
    const created = em.create(Ticket, { status: 'PENDING', note: 'created in this request' });
    const found = await findWhere(em, Ticket, { $or: [{ id: ids[0] }, { status: 'PENDING' }] }, { orderBy: { createdAt: 'asc' } });
    expect(found).toEqual([held, created]);
    expect(found[0].note).toBe('changed, not saved');
    await em.flush();
    expect((await db.orm.em.fork().findOneOrFail(Ticket, { id: ids[0] })).note).toBe('changed, not saved');
  });
});

