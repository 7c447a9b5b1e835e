import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { OwnersRecord } from '../owners-record.js';

/**
 * A RESOLVE certificate of the party subgraph this subgraph has used to link a motion (已使用的关联凭证): a certificate
 * links one motion, once. Its attempt (the matter's motions already linked when party signed it) is unique per
 * matter, so two certificates signed for the same attempt cannot both be used, even at the same moment. Append-only.
 */
@Entity({ tableName: 'consumed_matter_certificate' })
@Unique({ properties: ['governanceMatterId', 'attempt'] })
@Index({ properties: ['governanceMatterId'] })
export class ConsumedMatterCertificate extends OwnersRecord {
  @Property({ type: 'uuid', unique: true })
  certificateId!: string;

  @Property({ type: 'uuid' })
  governanceMatterId!: string;

  @Property({ type: 'integer' })
  attempt!: number;

  /** The motion it linked. */
  @ManyToOne(() => OwnersMotion, { mapToPk: true, fieldName: 'motion_id', deleteRule: 'restrict' })
  motionId!: string;
}
