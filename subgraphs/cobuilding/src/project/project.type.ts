import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { CoBuildingProject } from './project.entity.js';

@ObjectType('CoBuildingProjectConnection', { description: 'A page of co-building projects.' })
export class ProjectConnection extends Connection(CoBuildingProject) {}
