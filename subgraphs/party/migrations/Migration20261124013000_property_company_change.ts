import { Migration } from '@mikro-orm/migrations';

/** A governance matter may be about hiring or dismissing the property company (选聘、解聘物业服务企业). */
export class Migration20261124013000_property_company_change extends Migration {

  override name = 'Migration20261124013000_property_company_change';

  override up(): void | Promise<void> {
    this.addSql(`alter type "party"."governance_matter_category" add value if not exists 'PROPERTY_COMPANY_CHANGE';`);
  }

  override down(): void | Promise<void> {
    // Postgres cannot drop one value of an enum type; the value stays, unused.
  }

}
