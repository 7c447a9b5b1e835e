import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { PartyOrganization } from './organization.entity.js';

@ObjectType('PartyOrganizationConnection', { description: 'A page of party organisations.' })
export class PartyOrganizationConnection extends Connection(PartyOrganization) {}
