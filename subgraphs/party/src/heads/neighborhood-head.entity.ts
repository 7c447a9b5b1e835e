import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { HeadSelection, NeighborhoodHeadKind } from './neighborhood-head-kinds.js';

/**
 * A 三长 appointment: a person made head of a building, an entrance or a grid by the branch covering the
 * neighborhood. Ending it keeps the row (who ended it, when, why): the history of who served where.
 * The person is referenced by registry id only; their name and contact come from the registry, masked there.
 */
@ObjectType({ description: 'A building, entrance or grid head appointment (三长: 楼栋长/单元长/网格长), with how they were chosen and their term.' })
@Entity({ tableName: 'neighborhood_head' })
@Index({ properties: ['neighborhoodId'] })
@Index({ properties: ['personId'] })
@Index({ properties: ['communityId'] })
export class NeighborhoodHead extends VersionedRecord<'buildingId' | 'entranceNumber' | 'gridName' | 'endedOn' | 'endedBy' | 'endReason' | 'streetId' | 'communityId'> implements PlacePath<'district', 'community'> {
  @Field(() => NeighborhoodHeadKind, { description: 'Kind (类型).' })
  @Enum({ items: () => NeighborhoodHeadKind, nativeEnumName: 'neighborhood_head_kind' })
  kind!: NeighborhoodHeadKind;

  @Field(() => HeadSelection, { description: 'How they were chosen (产生方式).' })
  @Enum({ items: () => HeadSelection, nativeEnumName: 'neighborhood_head_selection' })
  selection!: HeadSelection;

  /** The registry person appointed. */
  @Property({ type: 'uuid' })
  personId!: string;

  /** The branch that appointed them (the neighborhood's branch). */
  @ManyToOne(() => PartyOrganization, { mapToPk: true, fieldName: 'organization_id', deleteRule: 'restrict' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  neighborhoodId!: string;

  @Property({ type: 'uuid', nullable: true })
  buildingId: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Entrance number within the building (单元号), for an ENTRANCE_HEAD.' })
  @Property({ type: 'smallint', nullable: true })
  entranceNumber: number | null = null;

  @Field(() => String, { nullable: true, description: 'Grid name (网格名称), for a GRID_HEAD.' })
  @Property({ type: 'string', length: 50, nullable: true })
  gridName: string | null = null;

  @Field(() => String, { description: 'First day of the term (任期开始), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  termStart!: string;

  @Field(() => String, { description: 'Last day of the term (任期结束), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  termEnd!: string;

  @Field(() => String, { description: 'Account that appointed them (任命人).' })
  @Property({ type: 'string', length: 200 })
  appointedBy!: string;

  @Field(() => String, { nullable: true, description: 'Day the appointment was ended early (免职/辞任日期), from the server clock; null while it runs its term.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that ended it.' })
  @Property({ type: 'string', length: 200, nullable: true })
  endedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was ended (原因).' })
  @Property({ type: 'string', length: 200, nullable: true })
  endReason: string | null = null;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;
}
