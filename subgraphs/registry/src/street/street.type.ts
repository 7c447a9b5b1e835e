import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { Street } from './street.entity.js';

@ObjectType('StreetConnection', { description: 'A page of streets.' })
export class StreetConnection extends Connection(Street) {}
