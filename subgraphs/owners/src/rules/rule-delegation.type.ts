import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { OwnersRuleDelegation } from './voting-rule-delegation.entity.js';

@ObjectType('OwnersRuleDelegationConnection', { description: 'A page of delegations of local voting rules to streets (表决规则授权).' })
export class OwnersRuleDelegationConnection extends Connection(OwnersRuleDelegation) {}
