import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { ServiceContract } from './service-contract.entity.js';

@ObjectType('ServiceContractConnection', { description: 'A page of service contracts.' })
export class ServiceContractConnection extends Connection(ServiceContract) {}
