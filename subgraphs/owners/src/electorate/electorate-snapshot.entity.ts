import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import type { ElectorateUnit } from '../tally/tally.js';

/**
 * The owners' roster of a neighborhood exactly as the registry signed it (`Neighborhood.signedOwnersRoster`, recorded
 * by `recordOwnersElectorate`), stored unchanged so a resolution can always be re-computed from what it was computed from. Identical rosters are stored once (by content hash). Immutable.
 */
@ObjectType('OwnersElectorate', { description: "A snapshot of a neighborhood's electorate (业主名册快照): every unit's area, developer flag and owners, as the registry reported it." })
@Entity({ tableName: 'electorate_snapshot' })
@Unique({ properties: ['neighborhoodId', 'contentHash'] })
export class ElectorateSnapshot extends OwnersRecord {
  @Field(() => String, { description: 'SHA-256 of the roster as stored; equal rosters have equal hashes.' })
  @Property({ type: 'string', length: 64 })
  contentHash!: string;

  /** The units, sorted by unit id. */
  @Property({ type: 'json' })
  units!: ElectorateUnit[];

  @Field(() => Int, { description: 'Number of exclusive units (专有部分数).' })
  @Property({ type: 'integer' })
  unitCount!: number;

  @Field(() => DecimalScalar, { description: 'Total exclusive area in m² (专有部分总面积).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  totalArea!: string;

  @Field(() => Int, { description: 'Total owner count by the law (业主总人数): developer-held units as one, one buyer of several units as one.' })
  @Property({ type: 'integer' })
  totalOwners!: number;
}
