import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { ServiceRequest } from './service-request.entity.js';

@ObjectType('ServiceRequestConnection', { description: 'A page of resident requests.' })
export class ServiceRequestConnection extends Connection(ServiceRequest) {}
