import type { EntityManager } from '@mikro-orm/postgresql';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import type { PartyMember } from '../src/member/member.entity.js';
import { ResponsibilityZone } from '../src/service-order/responsibility-zone.entity.js';
import { ServiceOrder } from '../src/service-order/service-order.entity.js';
import { ServiceOrderStatus } from '../src/service-order/service-order-lifecycle.js';

/**
 * One responsibility zone per branch (its first member, the first building of its first neighborhood) and one
 * evaluated order from a resident of that neighborhood, dispatched to that member.
 */
export function planServiceOrders(plan: DistrictPlan, members: readonly PartyMember[]): { zones: ResponsibilityZone[]; orders: ServiceOrder[] } {
  const zones: ResponsibilityZone[] = [];
  const orders: ServiceOrder[] = [];
  const at = new Date('2025-10-01T09:00:00Z');
  for (const branch of plan.partyBranches) {
    const member = members.find((candidate) => candidate.organizationId === branch.id);
    const neighborhood = plan.neighborhoods.find((candidate) => candidate.id === branch.neighborhoodIds[0])!;
    const building = plan.buildings.find((candidate) => candidate.neighborhoodId === neighborhood.id);
    const resident = plan.persons.find((person) => person.residenceNeighborhoodId === neighborhood.id && person.id !== member?.personId);
    if (!member || !building || !resident) continue;
    const area = { districtId: neighborhood.districtId, streetId: neighborhood.streetId, communityId: neighborhood.communityId };
    zones.push(Object.assign(new ResponsibilityZone(), { name: `${building.number}号楼责任区`, memberId: member.id, branchId: branch.id, buildingIds: [building.id], startedOn: '2025-01-01', ...area }));
    orders.push(
      Object.assign(new ServiceOrder(), {
        request: '楼道照明维修',
        status: ServiceOrderStatus.EVALUATED,
        orderedByPersonId: resident.id,
        neighborhoodId: neighborhood.id,
        buildingId: building.id,
        branchId: branch.id,
        memberId: member.id,
        dispatchedBy: 'demo-seed',
        dispatchedAt: at,
        takenAt: at,
        completedAt: at,
        completionNote: '已修复',
        rating: 5,
        evaluatedAt: at,
        ...area,
      }),
    );
  }
  return { zones, orders };
}

export async function seedServiceOrders(em: EntityManager, plan: DistrictPlan, members: readonly PartyMember[]): Promise<void> {
  const { zones, orders } = planServiceOrders(plan, members);
  for (let start = 0; start < zones.length; start += 1000) await em.insertMany(ResponsibilityZone, zones.slice(start, start + 1000));
  for (let start = 0; start < orders.length; start += 1000) await em.insertMany(ServiceOrder, orders.slice(start, start + 1000));
}
