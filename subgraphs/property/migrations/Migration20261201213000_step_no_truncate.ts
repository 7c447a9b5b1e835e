import { Migration } from '@mikro-orm/migrations';

/**
 * A request's history refused UPDATE and DELETE but not TRUNCATE. The service's role holds no TRUNCATE privilege;
 * this trigger is the second line of defence, against its owner too.
 */
export class Migration20261201213000_step_no_truncate extends Migration {

  override name = 'Migration20261201213000_step_no_truncate';

  override up(): void | Promise<void> {
    this.addSql(`create trigger "service_request_step_no_truncate" before truncate on "property"."service_request_step" for each statement execute function "property"."refuse_step_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "service_request_step_no_truncate" on "property"."service_request_step";`);
  }

}
