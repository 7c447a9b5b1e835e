import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { PartyMember } from './member.entity.js';

@ObjectType('PartyMemberConnection', { description: 'A page of party members.' })
export class PartyMemberConnection extends Connection(PartyMember) {}
