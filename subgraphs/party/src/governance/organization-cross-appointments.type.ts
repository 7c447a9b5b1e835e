import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { CrossAppointment } from './cross-appointment.entity.js';

@ObjectType('CrossAppointmentConnection', { description: 'A page of cross-appointments (交叉任职).' })
export class CrossAppointmentConnection extends Connection(CrossAppointment) {}
