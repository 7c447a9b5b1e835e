import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { Person } from './person.entity.js';

@ObjectType('PersonConnection', { description: 'A page of people.' })
export class PersonConnection extends Connection(Person) {}
