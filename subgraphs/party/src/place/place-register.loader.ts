import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createEntityLoader } from '../../../platform/batching/entity-loader.js';
import { RegisteredPlace } from './place-register.entity.js';

/** The party's register of places, by id. */
export interface PlaceRegisterLoaders {
  place: DataLoader<string, RegisteredPlace | null>;
}

export function createPlaceRegisterLoaders(em: EntityManager): PlaceRegisterLoaders {
  return { place: createEntityLoader(em, RegisteredPlace) };
}
