import { Migration } from '@mikro-orm/migrations';
import { outboxTableSql } from '../../platform/events/outbox-event.entity.js';

/** The owners subgraph's event outbox (事件发件箱), written with each change and relayed to the notifications service. */
export class Migration20261201214000_event_outbox extends Migration {
  override name = 'Migration20261201214000_event_outbox';

  override up(): void | Promise<void> {
    for (const statement of outboxTableSql('owners')) this.addSql(statement);
  }

  override down(): void | Promise<void> {
    this.addSql('drop table if exists "owners"."event_outbox";');
    this.addSql('drop function if exists "owners"."event_outbox_guard"();');
  }
}
