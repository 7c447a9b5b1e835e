import { Field, Int, ObjectType } from 'type-graphql';

/** The schema type of a stored threshold (`Threshold` in thresholds.ts): of resolutions, motions and local rules alike. */
@ObjectType('OwnersThreshold', { description: 'A voting threshold as a fraction (表决比例): at least (inclusive) or more than numerator/denominator.' })
export class OwnersThreshold {
  @Field(() => Int, { description: 'Numerator.' })
  numerator!: number;

  @Field(() => Int, { description: 'Denominator.' })
  denominator!: number;

  @Field(() => Boolean, { description: 'True: at least (≥); false: more than (>).' })
  inclusive!: boolean;
}
