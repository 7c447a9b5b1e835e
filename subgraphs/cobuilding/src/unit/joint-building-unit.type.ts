import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { JointBuildingUnit } from './joint-building-unit.entity.js';

@ObjectType('JointBuildingUnitConnection', { description: 'A page of joint-building units.' })
export class JointBuildingUnitConnection extends Connection(JointBuildingUnit) {}
