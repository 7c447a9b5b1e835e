import { Field, ObjectType } from 'type-graphql';
import { PersonStub } from '../stubs/registry.stub.js';
import { MeetingCapacity } from './governance-kinds.js';
import type { StoredParticipant } from './joint-meeting.entity.js';

/** One seat at a joint meeting (参会人员). */
@ObjectType('MeetingParticipant', { description: 'Someone who took part in a joint meeting, in which capacity and for which organisation (参会人员).' })
export class MeetingParticipant {
  stored!: StoredParticipant;

  @Field(() => PersonStub, { description: 'The person (参会人).' })
  person!: PersonStub;

  @Field(() => MeetingCapacity, { description: 'In which capacity (参会身份).' })
  capacity!: MeetingCapacity;

  @Field(() => Boolean, { description: 'Whether they attended (是否出席).' })
  attended!: boolean;
}
