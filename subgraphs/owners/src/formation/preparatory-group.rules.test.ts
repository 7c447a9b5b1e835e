import { preparatoryGroupProblem } from './preparatory-group.rules.js';
import { PreparatoryMemberKind as Kind } from './preparatory-group-member.entity.js';

const member = (n: number, kind: Kind, leads = false) => ({ personId: `p${n}`, kind, leads });
const base = [member(1, Kind.STREET, true), member(2, Kind.DEVELOPER), member(3, Kind.RESIDENTS_COMMITTEE), member(4, Kind.OWNER_REPRESENTATIVE), member(5, Kind.OWNER_REPRESENTATIVE)];

describe('preparatory group composition (Art. 10)', () => {
  it('needs owners\' representatives to be at least half', () => {
    expect(preparatoryGroupProblem(base)).toBe("Owners' representatives are at least half of the group; 2 of 5 were given.");
    expect(preparatoryGroupProblem([...base, member(6, Kind.OWNER_REPRESENTATIVE), member(7, Kind.OWNER_REPRESENTATIVE)])).toBeNull();
  });

  it('refuses an even count, a missing kind, a non-street leader and duplicates', () => {
    expect(preparatoryGroupProblem([...base, member(6, Kind.OWNER_REPRESENTATIVE)])).toBe('A preparatory group has an odd number of members; 6 were given.');
    expect(preparatoryGroupProblem([member(1, Kind.STREET, true), member(4, Kind.OWNER_REPRESENTATIVE), member(5, Kind.OWNER_REPRESENTATIVE)])).toBe(
      "A preparatory group includes owners' representatives, the developer, the street office and the residents' committee; missing: DEVELOPER, RESIDENTS_COMMITTEE.",
    );
    const sevenOwnersLead = [member(1, Kind.STREET), member(2, Kind.DEVELOPER), member(3, Kind.RESIDENTS_COMMITTEE), ...[4, 5, 6].map((n) => member(n, Kind.OWNER_REPRESENTATIVE)), member(7, Kind.OWNER_REPRESENTATIVE, true)];
    expect(preparatoryGroupProblem(sevenOwnersLead)).toBe("Exactly one member leads the group, and it is the street office's representative.");
    expect(preparatoryGroupProblem([...base, member(4, Kind.OWNER_REPRESENTATIVE), member(7, Kind.OWNER_REPRESENTATIVE)])).toBe('Each person is listed once.');
  });
});
