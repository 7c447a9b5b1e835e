import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { Resource } from './resource.entity.js';

@ObjectType('CobuildingResourceConnection', { description: 'A page of resources.' })
export class ResourceConnection extends Connection(Resource) {}
