import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { District } from './district.entity.js';

@ObjectType('DistrictConnection', { description: 'A page of districts.' })
export class DistrictConnection extends Connection(District) {}
