import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { ElectorateSnapshot } from './electorate-snapshot.entity.js';

/**
 * One recording of the registry's signed roster (名册核对记录, `recordOwnersElectorate`): which snapshot it matched,
 * and when. A roster that goes back to an earlier state matches that earlier snapshot again; the latest capture, not
 * the latest snapshot, is the roster in force for the next assembly. Append-only like the snapshots.
 */
@Entity({ tableName: 'electorate_capture' })
@Index({ properties: ['neighborhoodId', 'recordedAt'] })
export class ElectorateCapture extends OwnersRecord<'idempotencyKey'> {
  @ManyToOne(() => ElectorateSnapshot, { mapToPk: true, fieldName: 'snapshot_id', deleteRule: 'restrict' })
  snapshotId!: string;

  /** The client's key: a retry by the same account returns this capture's snapshot. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;
}
