import type { PartyContext } from '../party.loaders.js';

/** Whether one of the member's zones in force covers the place: its building, or with no building its neighborhood. */
export async function coversPlace(ctx: PartyContext, memberId: string, place: { neighborhoodId: string; buildingId: string | null }): Promise<boolean> {
  const zones = (await ctx.loaders.serviceOrders.zonesOfMember.load(memberId)).filter((zone) => zone.endedOn === null);
  if (place.buildingId) return zones.some((zone) => zone.buildingIds.includes(place.buildingId!));
  const buildings = await ctx.loaders.place.loadMany(zones.flatMap((zone) => zone.buildingIds));
  return buildings.some((building) => building && !(building instanceof Error) && building.neighborhoodId === place.neighborhoodId);
}
