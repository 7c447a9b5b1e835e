import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { PartyOrganization } from '../organization/organization.entity.js';
import { PartyPostKind, SecretaryOrigin } from './post-kinds.js';

/** A post held in a party organisation for a term (党内职务及任期). */
@ObjectType({ description: 'A post in a party organisation with its term (党内职务): secretary, deputy, committee member, group leader.' })
@Entity({ tableName: 'post' })
@Index({ properties: ['organizationId', 'kind'] })
@Index({ properties: ['personId'] })
export class PartyPost extends VersionedRecord<'secretaryOrigin' | 'endedOn' | 'endedBy' | 'endReason'> {
  @ManyToOne(() => PartyOrganization, { mapToPk: true, fieldName: 'organization_id', deleteRule: 'restrict' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => PartyPostKind, { description: 'The post (职务).' })
  @Enum({ items: () => PartyPostKind, nativeEnumName: 'party_post_kind' })
  kind!: PartyPostKind;

  @Field(() => SecretaryOrigin, { nullable: true, description: "For a secretary: where they came from (书记来源); null for other posts." })
  @Enum({ items: () => SecretaryOrigin, nativeEnumName: 'party_secretary_origin', nullable: true })
  secretaryOrigin: SecretaryOrigin | null = null;

  @Field(() => String, { description: 'First day of the term (任期开始), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  termStart!: string;

  @Field(() => String, { description: 'Last day of the term (任期结束), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  termEnd!: string;

  @Field(() => String, { nullable: true, description: 'Last day in office when the post was ended early (提前免职日期); before termStart it never began, YYYY-MM-DD, by the server clock; null while it stands.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that ended it (经办人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  endedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was ended (免职原因).' })
  @Property({ type: 'string', length: 500, nullable: true })
  endReason: string | null = null;
}
