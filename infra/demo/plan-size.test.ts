import { createDistrictPlan } from './district-plan.js';
import { JIANGHAN, LIANGSHAN } from './profiles.js';

describe('demo district plans', () => {
  it('are the same for the same seed', () => {
    expect(createDistrictPlan(LIANGSHAN, 7)).toEqual(createDistrictPlan(LIANGSHAN, 7));
  });

  it('model 江汉区 at district scale: 13 streets, 109 communities, about 600 neighborhoods', () => {
    const plan = createDistrictPlan(JIANGHAN, 2026);
    expect(plan.streets).toHaveLength(13);
    expect(plan.communities).toHaveLength(109);
    expect(new Set(plan.communities.map((c) => `${c.streetId}/${c.name}`)).size).toBe(109);
    expect(plan.neighborhoods.length).toBeGreaterThan(540);
    expect(plan.neighborhoods.length).toBeLessThan(660);
    expect(new Set(plan.persons.map((p) => p.idNumber)).size).toBe(plan.persons.length);
  });

  it('counts every unit owner as a person of the district, and keeps developer-held units ownerless', () => {
    const plan = createDistrictPlan(LIANGSHAN, 2026);
    const people = new Set(plan.persons.map((p) => p.id));
    expect(plan.units.every((u) => u.ownerIds.every((id) => people.has(id)))).toBe(true);
    expect(plan.units.filter((u) => u.developerHeld).every((u) => u.ownerIds.length === 0)).toBe(true);
    expect(plan.units.some((u) => u.ownerIds.length === 2)).toBe(true);
  });
});

describe('demo ids', () => {
  it('are well-formed version-4 UUIDs', () => {
    const plan = createDistrictPlan(LIANGSHAN, 99);
    const ids = [plan.district.id, ...plan.units.map((u) => u.id), ...plan.persons.map((p) => p.id)];
    expect(ids.filter((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the governance plan', () => {
  const plan = createDistrictPlan(LIANGSHAN, 2026);
  const { governance } = plan;

  it('gives each company a person with posts in three organisations in a neighborhood with a committee and its own branch', () => {
    expect(governance.multiPostPersons).toHaveLength(plan.propertyCompanies.length);
    for (const { companyId, neighborhoodId, personId } of governance.multiPostPersons) {
      expect(governance.projectManagers).toContainEqual({ companyId, neighborhoodId, personId });
      const committee = plan.ownersCommittees.find((candidate) => candidate.neighborhoodId === neighborhoodId)!;
      expect(governance.requiredCommitteeMembers).toContainEqual({ committeeId: committee.id, personId });
      expect(plan.units.some((unit) => unit.neighborhoodId === neighborhoodId && unit.ownerIds.includes(personId))).toBe(true);
      const branch = plan.partyBranches.find((candidate) => candidate.kind === 'SINGLE' && candidate.neighborhoodIds.includes(neighborhoodId))!;
      expect(governance.crossAppointments.filter((appointment) => appointment.personId === personId && appointment.host.id === branch.id)).toHaveLength(1);
    }
  });

  it('has one project manager per served neighborhood, and matters only where a branch can propose and a company serve', () => {
    expect(governance.projectManagers).toHaveLength(plan.propertyCompanies.reduce((total, company) => total + company.neighborhoodIds.length, 0));
    for (const matter of governance.governanceMatters) {
      expect(plan.partyBranches.find((branch) => branch.id === matter.branchId)?.neighborhoodIds).toContain(matter.neighborhoodId);
      if (matter.motion) expect(matter.needsOwnersDecision && matter.deliberation?.outcome === 'AGREED').toBe(true);
      if (matter.serviceRequests.length || matter.project) expect(matter.deliberation?.outcome).toBe('AGREED');
      if (matter.needsOwnersDecision && (matter.serviceRequests.length || matter.project)) expect(matter.motion?.adopted).toBe(true);
    }
    const meetings = new Set(governance.jointMeetings.map((meeting) => meeting.id));
    expect(governance.governanceMatters.filter((matter) => matter.deliberation).every((matter) => meetings.has(matter.deliberation!.meetingId))).toBe(true);
  });

  it('covers every kind of cross-appointment and every stage a matter can reach', () => {
    expect(new Set(governance.crossAppointments.map((appointment) => appointment.kind)).size).toBe(9);
    const matters = governance.governanceMatters;
    expect(matters.some((matter) => !matter.deliberation)).toBe(true);
    expect(matters.some((matter) => matter.deliberation?.outcome === 'REJECTED')).toBe(true);
    expect(matters.some((matter) => matter.motion && !matter.motion.open && !matter.motion.adopted)).toBe(true);
    expect(matters.some((matter) => matter.motion?.open)).toBe(true);
    expect(matters.every((matter) => !(matter.motion?.open && matter.motion.adopted))).toBe(true);
    expect(matters.some((matter) => matter.serviceRequests.some((request) => request.progress === 'EVALUATED'))).toBe(true);
    expect(matters.some((matter) => matter.project)).toBe(true);
  });
});
