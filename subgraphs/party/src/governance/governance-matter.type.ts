import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { GovernanceMatter } from './governance-matter.entity.js';

@ObjectType('GovernanceMatterConnection', { description: 'A page of governance matters.' })
export class GovernanceMatterConnection extends Connection(GovernanceMatter) {}
