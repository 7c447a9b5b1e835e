import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { Community } from './community.entity.js';

@ObjectType('CommunityConnection', { description: 'A page of communities.' })
export class CommunityConnection extends Connection(Community) {}
