import { Migration } from '@mikro-orm/migrations';

/**
 * Ending a cross-appointment keeps history like the other endings: who ended it, when (the server's clock) and why,
 * beside the last day served (`ended_on`). Rows ended before this migration keep their day without the rest.
 */
export class Migration20261202085000_cross_appointment_ending extends Migration {
  override name = 'Migration20261202085000_cross_appointment_ending';

  override up(): void | Promise<void> {
    this.addSql(`alter table "party"."cross_appointment" add column "ended_at" timestamptz null, add column "ended_by" varchar(200) null, add column "end_reason" varchar(500) null;`);
    this.addSql(`alter table "party"."cross_appointment" add constraint "cross_appointment_ending_check" check (("ended_by" is null) = ("ended_at" is null) and ("ended_by" is null) = ("end_reason" is null) and ("ended_by" is null or "ended_on" is not null));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "party"."cross_appointment" drop constraint "cross_appointment_ending_check", drop column "ended_at", drop column "ended_by", drop column "end_reason";`);
  }
}
