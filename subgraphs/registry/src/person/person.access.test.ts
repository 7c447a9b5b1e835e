import { testCaller } from '../../../platform/access/caller.fixture.js';
import { Role } from '../../../platform/access/role.js';
import { assertMayListPersons, assertMayLookUpIdNumber, assertMayReadContact, personViewFor } from './person.access.js';
import { PersonView } from './person-view.js';

describe('person access', () => {
  it('shows a person fully to themself, by name to roles in scope, masked otherwise', () => {
    expect(personViewFor(testCaller(Role.RESIDENT, {}, { personId: 'p1' }), 'p1', false)).toBe(PersonView.FULL);
    expect(personViewFor(testCaller(Role.RESIDENT, {}, { personId: 'p1' }), 'p2', true)).toBe(PersonView.MASKED);
    expect(personViewFor(testCaller(Role.COMMUNITY), 'p2', true)).toBe(PersonView.NAMED);
    expect(personViewFor(testCaller(Role.COMMUNITY), 'p2', false)).toBe(PersonView.MASKED);
  });

  it('keeps lists from residents and ID-number look-ups for area workers', () => {
    expect(() => assertMayListPersons(testCaller(Role.RESIDENT))).toThrow('Residents cannot list other people; use `me` for your own record.');
    expect(() => assertMayListPersons(testCaller(Role.PROPERTY_COMPANY))).not.toThrow();
    expect(() => assertMayLookUpIdNumber(testCaller(Role.STREET))).not.toThrow();
    expect(() => assertMayLookUpIdNumber(testCaller(Role.PARTY_BRANCH))).toThrow('Only district, street and community workers may look people up by ID number.');
  });

  it('gives contact details to the person, or to a serving role for people in its places', async () => {
    const refusal = 'You may see full contact details only of people in the places you serve.';
    const notAsked = () => Promise.reject(new Error('scope not asked'));
    await expect(assertMayReadContact(testCaller(Role.RESIDENT, {}, { personId: 'p1' }), 'p1', notAsked)).resolves.toBeUndefined();
    await expect(assertMayReadContact(testCaller(Role.JOINT_UNIT), 'p1', notAsked)).rejects.toThrow(refusal);
    await expect(assertMayReadContact(testCaller(Role.OWNERS_COMMITTEE), 'p1', async () => true)).resolves.toBeUndefined();
    await expect(assertMayReadContact(testCaller(Role.OWNERS_COMMITTEE), 'p1', async () => false)).rejects.toThrow(refusal);
  });
});
