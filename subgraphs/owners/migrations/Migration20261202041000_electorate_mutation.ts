import { Migration } from '@mikro-orm/migrations';

/**
 * Recording the electorate is a mutation (`recordOwnersElectorate`) that takes an idempotency key: a retry by the
 * same account returns the snapshot of its first capture. A nullable column touches no row, so the capture's
 * append-only triggers stay as they are.
 */
export class Migration20261202041000_electorate_mutation extends Migration {
  override name = 'Migration20261202041000_electorate_mutation';

  override up(): void | Promise<void> {
    this.addSql(`alter table "owners"."electorate_capture" add column "idempotency_key" varchar(100) null;`);
    this.addSql(`create unique index "electorate_capture_idempotency" on "owners"."electorate_capture" ("recorded_by", "idempotency_key") where "idempotency_key" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "owners"."electorate_capture_idempotency";`);
    this.addSql(`alter table "owners"."electorate_capture" drop column "idempotency_key";`);
  }
}
