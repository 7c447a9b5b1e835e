import { countBallots } from './ballot-counts.js';
import type { BallotChoice, ElectorateUnit } from './tally.js';

const unit = (unitId: string, area: string, ownerIds: string[], developerHeld = false): ElectorateUnit => ({ unitId, area, ownerIds, developerHeld });

describe('countBallots', () => {
  const electorate = [
    unit('u1', '89.50', ['a']),
    unit('u2', '60.25', ['a']), // a's second unit
    unit('u3', '100.00', ['b', 'c']), // co-owned
    unit('u4', '70.00', [], true), // developer
    unit('u5', '70.00', [], true), // developer
    unit('u6', '45.10', ['d']),
  ];

  it('counts units, area and owners by choice, and the turnout once per owner', () => {
    const ballots = new Map<string, BallotChoice>([
      ['u1', 'FOR'],
      ['u2', 'AGAINST'],
      ['u3', 'FOR'],
      ['u4', 'ABSTAIN'],
      ['u5', 'ABSTAIN'],
      ['elsewhere', 'FOR'],
    ]);
    expect(countBallots(electorate, ballots)).toEqual({
      byChoice: [
        { choice: 'FOR', units: 2, area: 18950n, owners: 2 },
        { choice: 'AGAINST', units: 1, area: 6025n, owners: 1 },
        { choice: 'ABSTAIN', units: 2, area: 14000n, owners: 1 },
      ],
      totalUnits: 6,
      totalArea: 43485n,
      totalOwners: 4,
      votedUnits: 5,
      votedArea: 38975n,
      votedOwners: 3,
    });
  });

  it('is all zeros without ballots and for an empty electorate', () => {
    const none = countBallots(electorate, new Map());
    expect(none.byChoice.every((count) => count.units === 0 && count.area === 0n && count.owners === 0)).toBe(true);
    expect([none.votedUnits, none.votedArea, none.votedOwners]).toEqual([0, 0n, 0]);
    expect(countBallots([], new Map([['u1', 'FOR']]))).toMatchObject({ totalUnits: 0, totalArea: 0n, totalOwners: 0, votedUnits: 0 });
  });
});
