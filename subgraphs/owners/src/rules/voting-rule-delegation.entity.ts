import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';

export enum RuleDelegationStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}

registerEnumType(RuleDelegationStatus, {
  name: 'OwnersRuleDelegationStatus',
  description: 'Whether a delegation of local voting rules to a street stands (授权状态).',
  valuesConfig: {
    ACTIVE: { description: 'In force: the street may adopt rules, and its rules apply (有效).' },
    REVOKED: { description: 'Revoked by the district: the street adopts no more rules, and its rules no longer apply to assemblies convened from then on (已撤销).' },
  },
});

/**
 * A district's delegation of local voting rules to one of its streets (授权街道制定业主大会表决规则). At most one ACTIVE per
 * street (partial unique index). Revoking keeps the row with who, when and why; the street's rule sets adopted under
 * it apply only to assemblies convened while it stood.
 */
@ObjectType('OwnersRuleDelegation', { description: "A district's delegation of local voting rules to a street (表决规则授权): who delegated when, and whether it was revoked." })
@Entity({ tableName: 'owners_voting_rule_delegation' })
@Index({ properties: ['districtId', 'delegatedAt'] })
export class OwnersRuleDelegation extends VersionedRecord<'reason' | 'revokedAt' | 'revokedBy' | 'revokeReason' | 'idempotencyKey' | 'status'> {
  @Field(() => ID, { description: 'The delegating district (授权区/县).' })
  @Property({ type: 'uuid' })
  districtId!: string;

  @Field(() => ID, { description: 'The street it delegates to (被授权街道).' })
  @Property({ type: 'uuid' })
  streetId!: string;

  @Field(() => RuleDelegationStatus, { description: 'ACTIVE or REVOKED (状态).' })
  @Property({ type: 'string', length: 20 })
  status: RuleDelegationStatus = RuleDelegationStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Why the district delegates, e.g. the decision it rests on (授权依据).' })
  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;

  @Field(() => Date, { description: 'When it was delegated, the server time (授权时间).' })
  @Property({ type: 'datetime' })
  delegatedAt!: Date;

  @Field(() => String, { description: 'Who delegated it (the token subject) (授权人).' })
  @Property({ type: 'string', length: 200 })
  delegatedBy!: string;

  @Field(() => Date, { nullable: true, description: 'When it was revoked, the server time (撤销时间).' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Who revoked it (撤销人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  revokedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked (撤销理由).' })
  @Property({ type: 'string', length: 500, nullable: true })
  revokeReason: string | null = null;

  /** The client's key: a retry by the same account returns this delegation. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;
}
