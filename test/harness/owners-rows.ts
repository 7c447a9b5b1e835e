import type pg from 'pg';

/**
 * Rows of an owners table written by the tests (the demo seed's governance decisions left out), or those matching
 * `where`, read with a client of the suite's own (the owners schema's owner role, which every table answers).
 */
export async function countOwnersRows(db: pg.Client, table: string, where = "recorded_by <> 'demo-seed'"): Promise<number> {
  return Number((await db.query(`select count(*) as n from owners.${table} where ${where}`)).rows[0].n);
}
