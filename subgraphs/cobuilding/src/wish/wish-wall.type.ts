import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { MicroWish } from './micro-wish.entity.js';

@ObjectType('OpenMicroWishConnection', { description: 'A page of the wish wall (心愿墙): open micro-wishes.' })
export class OpenMicroWishConnection extends Connection(MicroWish) {}
