import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { Neighborhood } from './neighborhood.entity.js';

@ObjectType('NeighborhoodConnection', { description: 'A page of neighborhoods.' })
export class NeighborhoodConnection extends Connection(Neighborhood) {}
