import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { Resolution } from './resolution.entity.js';

@ObjectType('ResolutionConnection', { description: 'A page of resolutions.' })
export class ResolutionConnection extends Connection(Resolution) {}
