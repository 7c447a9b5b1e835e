import { Field, ObjectType } from 'type-graphql';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { BallotChoiceValue } from './ballot-kinds.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { OwnersBallot } from './owners-ballot.entity.js';

/**
 * A correction of a mis-entered paper or proxy ballot before its motion closes (选票更正): it names the ballot, which
 * stays as it was, and either voids it or gives the choice the paper actually shows. One per ballot; append-only.
 */
@ObjectType({ description: 'A correction of a mis-entered paper or proxy ballot (选票更正): voids it or records the right choice; the original stays.' })
@Entity({ tableName: 'owners_ballot_correction' })
@Unique({ name: 'owners_ballot_correction_one_per_ballot', properties: ['ballotId'] })
@Unique({ name: 'owners_ballot_correction_idempotency', properties: ['recordedBy', 'idempotencyKey'] })
export class OwnersBallotCorrection extends OwnersRecord<'correctedChoice'> {
  @ManyToOne(() => OwnersBallot, { mapToPk: true, fieldName: 'ballot_id', deleteRule: 'restrict' })
  ballotId!: string;

  @ManyToOne(() => OwnersMotion, { mapToPk: true, fieldName: 'motion_id', deleteRule: 'restrict' })
  motionId!: string;

  @Field(() => BallotChoiceValue, { nullable: true, description: 'The choice the ballot really shows (更正后意见); null when the ballot is voided (作废).' })
  @Enum({ items: () => BallotChoiceValue, nativeEnumName: 'owners_ballot_choice', nullable: true })
  correctedChoice: BallotChoiceValue | null = null;

  @Field(() => String, { description: 'Why (更正理由), e.g. 录入错误：纸质选票为反对.' })
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;
}
