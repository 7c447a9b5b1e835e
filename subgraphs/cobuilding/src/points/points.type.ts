import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PointsEntry } from './points-entry.entity.js';

@ObjectType({ description: "A person's points ledger as the caller may read it (积分账户): balance and entries, newest first." })
export class PointsLedger {
  @Field(() => ID, { description: 'The person (registry id).' })
  personId!: string;

  @Field(() => Int, { description: 'Balance of the entries shown (积分余额): the whole ledger for the person themself.' })
  balance!: number;

  @Field(() => [PointsEntry], { description: 'Entries (流水), newest first.' })
  entries!: PointsEntry[];
}
