import { Migration } from '@mikro-orm/migrations';

/**
 * A unit's pairings with one place may not overlap in time, enforced by the database too: two concurrent
 * createPairing calls can no longer both pass the check in code.
 */
export class Migration20261124000000_pairing_no_overlap extends Migration {
  override name = 'Migration20261124000000_pairing_no_overlap';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists btree_gist with schema public;`);
    this.addSql(`alter table "cobuilding"."pairing" add constraint "pairing_no_overlap"
      exclude using gist (
        "unit_id" with =,
        "community_id" with =,
        (coalesce("neighborhood_id", '00000000-0000-0000-0000-000000000000'::uuid)) with =,
        daterange("starts_on", "ends_on", '[]') with &&
      );`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cobuilding"."pairing" drop constraint "pairing_no_overlap";`);
  }
}
