import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { OwnersAssembly } from './owners-assembly.entity.js';
import { OwnersMotion } from './owners-motion.entity.js';

@ObjectType('OwnersAssemblyConnection', { description: 'A page of owners\' assemblies.' })
export class OwnersAssemblyConnection extends Connection(OwnersAssembly) {}

@ObjectType('OwnersMotionConnection', { description: 'A page of motions.' })
export class OwnersMotionConnection extends Connection(OwnersMotion) {}
