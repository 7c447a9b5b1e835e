import { Directive, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Neighborhood } from '../neighborhood/neighborhood.entity.js';
import { Community } from '../community/community.entity.js';
import { Street } from '../street/street.entity.js';
import { District } from '../district/district.entity.js';

/**
 * A natural person: the one place in the graph where personal information lives. Other subgraphs hold people by
 * id only. Name and phone are returned masked unless the caller's role needs them; the ID number is never stored,
 * only a keyed hash (for look-ups) and its last four characters.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person (人员): resident, owner, party member, staff; the only holder of personal data.' })
@Entity({ tableName: 'person' })
@Index({ properties: ['communityId'] })
@Index({ properties: ['residenceNeighborhoodId'] })
export class Person extends VersionedRecord<'phone' | 'idNumberHash' | 'idNumberTail' | 'residenceNeighborhoodId' | 'communityId' | 'streetId' | 'districtId'> {
  /** Full name; the GraphQL field masks it per caller. */
  @Property({ type: 'string', length: 50 })
  name!: string;

  /** Mobile or landline; the GraphQL field masks it per caller. */
  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  /** HMAC-SHA256 of the normalised ID number under the registry's key: equality look-ups only. */
  @Property({ type: 'string', length: 64, nullable: true })
  @Unique()
  idNumberHash: string | null = null;

  /** Last four characters of the ID number, for masked display (e.g. **************123X). */
  @Property({ type: 'string', length: 4, nullable: true })
  idNumberTail: string | null = null;

  @ManyToOne(() => Neighborhood, { mapToPk: true, fieldName: 'residence_neighborhood_id', nullable: true, deleteRule: 'set null' })
  residenceNeighborhoodId: string | null = null;

  @ManyToOne(() => Community, { mapToPk: true, fieldName: 'community_id', nullable: true, deleteRule: 'set null' })
  communityId: string | null = null;

  @ManyToOne(() => Street, { mapToPk: true, fieldName: 'street_id', nullable: true, deleteRule: 'set null' })
  streetId: string | null = null;

  @ManyToOne(() => District, { mapToPk: true, fieldName: 'district_id', nullable: true, deleteRule: 'set null' })
  districtId: string | null = null;
}
