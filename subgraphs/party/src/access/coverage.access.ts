import type { Caller } from '../../../platform/access/caller.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { readsArea } from './party-access.js';

/** A street or community whose branch coverage (党组织覆盖) is asked for. */
export interface CoverageArea {
  level: 'street' | 'community';
  id: string;
  districtId: string;
  streetId: string | null;
}

/** The neighborhoods no branch covers are listed to the area's own offices (`readsArea`). */
export function assertMayReadCoverage(caller: Caller, area: CoverageArea): void {
  if (!readsArea(caller, area)) {
    throw forbidden(`Your role (${caller.role}) may not read coverage of this ${area.level}: its own area offices may.`);
  }
}
