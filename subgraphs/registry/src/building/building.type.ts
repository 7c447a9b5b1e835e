import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { Building } from './building.entity.js';

@ObjectType('BuildingConnection', { description: 'A page of buildings.' })
export class BuildingConnection extends Connection(Building) {}
