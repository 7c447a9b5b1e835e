import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { PreparatoryGroup } from './preparatory-group.entity.js';

@ObjectType('OwnersPreparatoryGroupConnection', { description: 'A page of preparatory groups.' })
export class OwnersPreparatoryGroupConnection extends Connection(PreparatoryGroup) {}
