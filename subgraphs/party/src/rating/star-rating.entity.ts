import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { StarRatingDecision, StarRatingStatus } from './star-rating-status.js';

/** A branch's star rating for one year (星级评定): applied, assessed, approved, with who did each step and when. */
@ObjectType({ description: "A branch's star rating for a year (星级评定, 1–5 stars): the branch applies, the basic-level committee assesses, the county approves." })
// One rating per branch and year, not counting returned applications (a partial unique index, see the migrations).
@Entity({ tableName: 'star_rating' })
export class PartyStarRating extends VersionedRecord<'assessedStars' | 'assessedBy' | 'assessedAt' | 'approvedStars' | 'approvedBy' | 'approvedAt' | 'streetId' | 'communityId' | 'decision' | 'decidedBy' | 'decidedAt' | 'decisionReason'> implements PlacePath<'district', 'community'> {
  @ManyToOne(() => PartyOrganization, { mapToPk: true, fieldName: 'organization_id', deleteRule: 'restrict' })
  organizationId!: string;

  @Field(() => Int, { description: 'Year rated (评定年度).' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => StarRatingStatus, { description: 'Stage reached (进度).' })
  @Enum({ items: () => StarRatingStatus, nativeEnumName: 'party_star_rating_status' })
  status!: StarRatingStatus;

  @Field(() => Int, { description: 'Stars applied for (申报星级), 1–5.' })
  @Property({ type: 'smallint' })
  appliedStars!: number;

  @Field(() => String, { description: 'Account that applied (申报人).' })
  @Property({ type: 'string', length: 200 })
  appliedBy!: string;

  @Field(() => Date, { description: 'When it applied (申报时间).' })
  @Property({ type: 'datetime' })
  appliedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Stars the basic-level committee assessed (考评星级).' })
  @Property({ type: 'smallint', nullable: true })
  assessedStars: number | null = null;

  @Field(() => String, { nullable: true, description: 'Account that assessed (考评人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  assessedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was assessed (考评时间).' })
  @Property({ type: 'datetime', nullable: true })
  assessedAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'Stars the county approved (审定星级): the rating.' })
  @Property({ type: 'smallint', nullable: true })
  approvedStars: number | null = null;

  @Field(() => String, { nullable: true, description: 'Account that approved (审定人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  approvedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was approved (审定时间).' })
  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  @Field(() => StarRatingDecision, { nullable: true, description: 'Returned or rejected by the rater of its step (退回/不予通过); null while it goes on.' })
  @Enum({ items: () => StarRatingDecision, nullable: true, columnType: 'varchar(20)' })
  decision: StarRatingDecision | null = null;

  @Field(() => String, { nullable: true, description: 'Account that returned or rejected it (经办人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was returned or rejected (退回/不予通过时间), by the server clock.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why (理由), for the branch to act on.' })
  @Property({ type: 'string', length: 500, nullable: true })
  decisionReason: string | null = null;
}
