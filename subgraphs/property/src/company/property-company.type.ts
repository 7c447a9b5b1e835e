import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { PropertyCompany } from './property-company.entity.js';

@ObjectType('PropertyCompanyConnection', { description: 'A page of property companies.' })
export class PropertyCompanyConnection extends Connection(PropertyCompany) {}
