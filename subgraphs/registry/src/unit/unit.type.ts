import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { Unit } from './unit.entity.js';

@ObjectType('UnitConnection', { description: 'A page of units.' })
export class UnitConnection extends Connection(Unit) {}
