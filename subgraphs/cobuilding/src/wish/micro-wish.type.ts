import { ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { MicroWish } from './micro-wish.entity.js';

@ObjectType('MicroWishConnection', { description: 'A page of micro-wishes.' })
export class MicroWishConnection extends Connection(MicroWish) {}
