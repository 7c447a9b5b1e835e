import type { PlacePath } from '../../../platform/access/place-path.js';

/** A place of the registry's map (district … unit): its id and the path of places containing it (and itself). */
export interface Placed {
  id: string;
  path(): PlacePath;
}
