import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { OwnersBallot } from '../ballot/owners-ballot.entity.js';

@ObjectType('OwnersBallotConnection', { description: 'A page of ballots (表决票列表).' })
export class OwnersBallotConnection extends Connection(OwnersBallot) {}
