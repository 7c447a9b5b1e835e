import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { JointMeeting } from './joint-meeting.entity.js';

@ObjectType('JointMeetingConnection', { description: 'A page of joint meetings.' })
export class JointMeetingConnection extends Connection(JointMeeting) {}
