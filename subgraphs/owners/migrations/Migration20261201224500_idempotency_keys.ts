import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys for convening, closing (the resolution), publishing and fund entries: a retry with the same key
 * by the same account returns the first record. Adding a nullable column touches no row, so the append-only
 * triggers of resolutions, publications and fund entries stay as they are.
 */
export class Migration20261201224500_idempotency_keys extends Migration {
  override name = 'Migration20261201224500_idempotency_keys';

  override up(): void | Promise<void> {
    for (const table of ['owners_assembly', 'resolution', 'resolution_publication', 'owners_fund_entry']) {
      this.addSql(`alter table "owners"."${table}" add column "idempotency_key" varchar(100) null;`);
      this.addSql(`create unique index "${table}_idempotency" on "owners"."${table}" ("recorded_by", "idempotency_key") where "idempotency_key" is not null;`);
    }
  }

  override down(): void | Promise<void> {
    for (const table of ['owners_assembly', 'resolution', 'resolution_publication', 'owners_fund_entry']) {
      this.addSql(`drop index "owners"."${table}_idempotency";`);
      this.addSql(`alter table "owners"."${table}" drop column "idempotency_key";`);
    }
  }
}
