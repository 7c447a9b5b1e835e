import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { Clock } from '../../../platform/clock/clock.js';
import { NeighborhoodHeadKind } from './neighborhood-head-kinds.js';

/** Where an appointment sits, as given: which of building, entrance and grid each kind needs. */
export interface HeadPlaceInput {
  kind: NeighborhoodHeadKind;
  buildingId?: string;
  entranceNumber?: number;
  neighborhoodId?: string;
  gridName?: string;
}

/** Checks that the input names exactly the place its kind needs (pure: no database). */
export function checkHeadPlace(input: HeadPlaceInput): void {
  const needsBuilding = input.kind !== NeighborhoodHeadKind.GRID_HEAD;
  if (needsBuilding !== (input.buildingId !== undefined)) {
    throw badUserInput(needsBuilding ? `A ${input.kind} needs buildingId.` : 'A GRID_HEAD has no buildingId: give neighborhoodId and gridName.', { field: 'buildingId' });
  }
  if ((input.kind === NeighborhoodHeadKind.ENTRANCE_HEAD) !== (input.entranceNumber !== undefined)) {
    throw badUserInput(input.kind === NeighborhoodHeadKind.ENTRANCE_HEAD ? 'An ENTRANCE_HEAD needs entranceNumber.' : 'entranceNumber applies to an ENTRANCE_HEAD only: leave it out.', { field: 'entranceNumber' });
  }
  if (needsBuilding === (input.neighborhoodId !== undefined)) {
    throw badUserInput(needsBuilding ? 'neighborhoodId comes from the building: leave it out.' : 'A GRID_HEAD needs neighborhoodId.', { field: 'neighborhoodId' });
  }
  const gridName = input.gridName?.trim();
  if ((input.kind === NeighborhoodHeadKind.GRID_HEAD) !== (gridName !== undefined && gridName !== '')) {
    throw badUserInput(input.kind === NeighborhoodHeadKind.GRID_HEAD ? 'A GRID_HEAD needs gridName.' : 'gridName applies to a GRID_HEAD only: leave it out.', { field: 'gridName' });
  }
}

/** Whether an appointment is in force on `day`: inside its term and not ended on or before it. */
export function isInForce(head: { termStart: string; termEnd: string; endedOn: string | null }, day: string): boolean {
  return head.termStart <= day && day <= head.termEnd && (head.endedOn === null || day < head.endedOn);
}

/** Today (YYYY-MM-DD, UTC) by the server's clock of legal effect, never the machine's or the client's. */
export function serverDay(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
