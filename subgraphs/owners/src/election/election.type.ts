import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { OwnersElection } from './owners-election.entity.js';

@ObjectType('OwnersElectionConnection', { description: 'A page of committee elections.' })
export class OwnersElectionConnection extends Connection(OwnersElection) {}
