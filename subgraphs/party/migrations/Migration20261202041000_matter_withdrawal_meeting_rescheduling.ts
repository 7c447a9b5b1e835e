import { Migration } from '@mikro-orm/migrations';

/** Withdrawing a governance matter (撤回, kept as history) and rescheduling a joint meeting (改期, each change kept). */
export class Migration20261202041000_matter_withdrawal_meeting_rescheduling extends Migration {
  override name = 'Migration20261202041000_matter_withdrawal_meeting_rescheduling';

  override up(): void | Promise<void> {
    this.addSql(`alter table "party"."governance_matter" add column "withdrawn_on" date null, add column "withdrawn_by" varchar(200) null, add column "withdrawal_reason" varchar(500) null;`);
    this.addSql(`alter table "party"."governance_matter" add constraint "governance_matter_withdrawal_check" check (("withdrawn_on" is null) = ("withdrawn_by" is null) and ("withdrawn_on" is null) = ("withdrawal_reason" is null));`);
    this.addSql(`create table "party"."joint_meeting_rescheduling" ("id" uuid not null, "created_at" timestamptz not null, "meeting_id" uuid not null, "previous_held_at" timestamptz not null, "held_at" timestamptz not null, "reason" varchar(500) not null, "rescheduled_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "joint_meeting_rescheduling_meeting_id_index" on "party"."joint_meeting_rescheduling" ("meeting_id");`);
    this.addSql(`alter table "party"."joint_meeting_rescheduling" add constraint "joint_meeting_rescheduling_meeting_id_foreign" foreign key ("meeting_id") references "party"."joint_meeting" ("id") on delete restrict;`);
    // Each rescheduling is history: append-only, even for the owner.
    this.addSql(`create function "party"."refuse_rescheduling_change"() returns trigger language plpgsql as $$ begin raise exception 'joint meeting reschedulings are append-only'; end $$;`);
    this.addSql(`create trigger "joint_meeting_rescheduling_append_only" before update or delete on "party"."joint_meeting_rescheduling" for each row execute function "party"."refuse_rescheduling_change"();`);
    this.addSql(`create trigger "joint_meeting_rescheduling_no_truncate" before truncate on "party"."joint_meeting_rescheduling" for each statement execute function "party"."refuse_rescheduling_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "party"."joint_meeting_rescheduling" cascade;`);
    this.addSql(`drop function if exists "party"."refuse_rescheduling_change"();`);
    this.addSql(`alter table "party"."governance_matter" drop constraint "governance_matter_withdrawal_check", drop column "withdrawn_on", drop column "withdrawn_by", drop column "withdrawal_reason";`);
  }
}
