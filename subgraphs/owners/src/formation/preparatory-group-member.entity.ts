import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { PreparatoryGroup } from './preparatory-group.entity.js';

export enum PreparatoryMemberKind {
  OWNER_REPRESENTATIVE = 'OWNER_REPRESENTATIVE',
  DEVELOPER = 'DEVELOPER',
  STREET = 'STREET',
  RESIDENTS_COMMITTEE = 'RESIDENTS_COMMITTEE',
}
registerEnumType(PreparatoryMemberKind, {
  name: 'OwnersPreparatoryMemberKind',
  description: 'Whom a preparatory group member represents (筹备组成员类别).',
  valuesConfig: {
    OWNER_REPRESENTATIVE: { description: "Owners' representative (业主代表): must own a unit in the neighborhood's recorded electorate." },
    DEVELOPER: { description: "The developer's representative (建设单位代表)." },
    STREET: { description: 'The street office\'s representative (街道办事处代表); one of them leads the group (组长).' },
    RESIDENTS_COMMITTEE: { description: "The residents' committee's representative (居民委员会代表)." },
  },
});

@ObjectType('OwnersPreparatoryGroupMember', { description: 'A member of a preparatory group (筹备组成员).' })
@Entity({ tableName: 'owners_preparatory_group_member' })
@Unique({ properties: ['groupId', 'personId'] })
export class PreparatoryGroupMember extends OwnersRecord<'leads'> {
  @ManyToOne(() => PreparatoryGroup, { mapToPk: true, fieldName: 'group_id', deleteRule: 'restrict' })
  groupId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => PreparatoryMemberKind, { description: 'Whom they represent (类别).' })
  @Enum({ items: () => PreparatoryMemberKind })
  kind!: PreparatoryMemberKind;

  @Field(() => Boolean, { description: 'Leads the group (组长): the street office\'s representative named to lead it.' })
  @Property({ type: 'boolean' })
  leads: boolean = false;
}
