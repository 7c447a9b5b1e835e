import { Migration } from '@mikro-orm/migrations';

/**
 * Which derivation a resolution's 公示 verification code uses. Resolutions recorded before this migration keep
 * version 1 (codes already posted keep verifying); every later one is version 2, which also covers the rule set.
 */
export class Migration20261202040000_notice_code_version extends Migration {
  override name = 'Migration20261202040000_notice_code_version';

  override up(): void | Promise<void> {
    this.addSql(`alter table "owners"."resolution" add column "notice_code_version" smallint not null default 1;`);
    this.addSql(`alter table "owners"."resolution" alter column "notice_code_version" set default 2;`);
    this.addSql(`alter table "owners"."resolution" add constraint "resolution_notice_code_version_known" check ("notice_code_version" in (1, 2));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "owners"."resolution" drop column "notice_code_version";`);
  }
}
