import { Migration } from '@mikro-orm/migrations';

/**
 * One secretary and one group leader per organisation at a time, enforced by the database too: two concurrent
 * appointments can no longer both pass the check in code.
 */
export class Migration20261124000000_one_secretary_at_a_time extends Migration {
  override name = 'Migration20261124000000_one_secretary_at_a_time';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists btree_gist with schema public;`);
    this.addSql(`alter table "party"."post" add constraint "post_one_holder_at_a_time"
      exclude using gist ("organization_id" with =, "kind" with =, daterange("term_start", "term_end", '[]') with &&)
      where ("kind" in ('SECRETARY', 'GROUP_LEADER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "party"."post" drop constraint "post_one_holder_at_a_time";`);
  }
}
