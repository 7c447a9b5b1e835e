import { areaInHundredths, countOwners, formatHundredths, ownerKeys, tallyMotion, type BallotChoice, type ElectorateUnit } from './tally.js';
import { CIVIL_CODE_THRESHOLDS, meets, parseJurisdictionThresholds, thresholdsFor } from './thresholds.js';

/** n units of equal area, each with its own owner. */
function units(count: number, area = '100.00'): ElectorateUnit[] {
  return Array.from({ length: count }, (_, index) => ({ unitId: `u${index}`, area, developerHeld: false, ownerIds: [`p${index}`] }));
}

function votes(entries: [string, BallotChoice][]): Map<string, BallotChoice> {
  return new Map(entries);
}

/** The first `n` units vote `choice`. */
function firstVote(electorate: ElectorateUnit[], plan: [number, BallotChoice][]): Map<string, BallotChoice> {
  const result = new Map<string, BallotChoice>();
  let index = 0;
  for (const [count, choice] of plan) for (let i = 0; i < count; i++) result.set(electorate[index++].unitId, choice);
  return result;
}

describe('exact comparison', () => {
  it('compares fractions as integers', () => {
    expect(meets(2n, 3n, CIVIL_CODE_THRESHOLDS.quorum)).toBe(true);
    expect(meets(1n, 2n, CIVIL_CODE_THRESHOLDS.ordinary)).toBe(false);
    expect(meets(3n, 4n, CIVIL_CODE_THRESHOLDS.special)).toBe(true);
  });

  it('reads areas exactly in hundredths and refuses finer values', () => {
    expect(areaInHundredths('89.5')).toBe(8950n);
    expect(areaInHundredths('0.01')).toBe(1n);
    expect(areaInHundredths('120')).toBe(12000n);
    expect(formatHundredths(8950n)).toBe('89.50');
    expect(() => areaInHundredths('1.005')).toThrow('at most two decimals');
  });

  it('does not suffer floating-point error: 0.1 + 0.2 of 0.3 is exactly all', () => {
    const electorate: ElectorateUnit[] = [
      { unitId: 'a', area: '0.10', developerHeld: false, ownerIds: ['p1'] },
      { unitId: 'b', area: '0.20', developerHeld: false, ownerIds: ['p2'] },
    ];
    const result = tallyMotion(electorate, votes([['a', 'FOR'], ['b', 'FOR']]), 'SPECIAL', CIVIL_CODE_THRESHOLDS);
    expect(result.totalArea).toBe(30n);
    expect(result.approvingArea).toBe(30n);
    expect(result.outcome).toBe('PASSED');
  });
});

describe('quorum: at least 2/3 of area AND of owners', () => {
  it('is met at exactly 2/3 of both', () => {
    const electorate = units(9);
    const result = tallyMotion(electorate, firstVote(electorate, [[6, 'FOR']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ participatingArea: 60000n, totalArea: 90000n, participatingOwners: 6, totalOwners: 9, quorumMet: true, outcome: 'PASSED' });
  });

  it('fails one owner short of 2/3', () => {
    const electorate = units(9);
    const result = tallyMotion(electorate, firstVote(electorate, [[5, 'FOR']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ quorumMet: false, outcome: 'NO_QUORUM' });
  });

  it('fails when the owners reach 2/3 but the area falls 0.01 m² short', () => {
    // 3 units: two small ones vote. Owners 2/3 exactly; area (a+b)/(a+b+c) just under 2/3.
    const electorate: ElectorateUnit[] = [
      { unitId: 'a', area: '100.00', developerHeld: false, ownerIds: ['p1'] },
      { unitId: 'b', area: '99.99', developerHeld: false, ownerIds: ['p2'] },
      { unitId: 'c', area: '100.00', developerHeld: false, ownerIds: ['p3'] },
    ];
    const result = tallyMotion(electorate, votes([['a', 'FOR'], ['b', 'FOR']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ participatingOwners: 2, totalOwners: 3, quorumMet: false, outcome: 'NO_QUORUM' });
  });

  it('fails when the area reaches 2/3 but the owners do not', () => {
    const electorate: ElectorateUnit[] = [
      { unitId: 'big', area: '300.00', developerHeld: false, ownerIds: ['p1'] },
      ...units(3, '50.00').map((unit, i) => ({ ...unit, ownerIds: [`q${i}`] })),
    ];
    const result = tallyMotion(electorate, votes([['big', 'FOR']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ participatingArea: 30000n, totalArea: 45000n, participatingOwners: 1, totalOwners: 4, quorumMet: false });
  });
});

describe('ordinary matters: more than 1/2 of participating area AND owners', () => {
  it('fails at exactly half', () => {
    const electorate = units(8);
    const result = tallyMotion(electorate, firstVote(electorate, [[3, 'FOR'], [3, 'AGAINST']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ quorumMet: true, approvingOwners: 3, participatingOwners: 6, approvedByArea: false, approvedByOwners: false, outcome: 'FAILED' });
  });

  it('passes just over half', () => {
    const electorate = units(9);
    const result = tallyMotion(electorate, firstVote(electorate, [[4, 'FOR'], [3, 'AGAINST']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ approvingOwners: 4, participatingOwners: 7, outcome: 'PASSED' });
  });

  it('counts abstentions as taking part but not approving', () => {
    const electorate = units(6);
    const result = tallyMotion(electorate, firstVote(electorate, [[3, 'FOR'], [3, 'ABSTAIN']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ participatingOwners: 6, approvingOwners: 3, outcome: 'FAILED' });
  });

  it('fails when the owners approve but the area does not', () => {
    const electorate: ElectorateUnit[] = [
      { unitId: 'big', area: '400.00', developerHeld: false, ownerIds: ['p1'] },
      ...units(2, '50.00').map((unit, i) => ({ ...unit, ownerIds: [`q${i}`] })),
    ];
    const result = tallyMotion(electorate, votes([['big', 'AGAINST'], ['u0', 'FOR'], ['u1', 'FOR']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ approvedByOwners: true, approvedByArea: false, outcome: 'FAILED' });
  });
});

describe('special matters: at least 3/4 of participating area AND owners', () => {
  it('passes at exactly 3/4', () => {
    const electorate = units(8);
    const result = tallyMotion(electorate, firstVote(electorate, [[6, 'FOR'], [2, 'AGAINST']]), 'SPECIAL', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ approvingOwners: 6, participatingOwners: 8, outcome: 'PASSED' });
  });

  it('fails just under 3/4 of the area', () => {
    const electorate: ElectorateUnit[] = [
      ...units(3, '100.00'),
      { unitId: 'x', area: '100.01', developerHeld: false, ownerIds: ['px'] },
    ];
    const result = tallyMotion(electorate, votes([['u0', 'FOR'], ['u1', 'FOR'], ['u2', 'FOR'], ['x', 'AGAINST']]), 'SPECIAL', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ approvedByOwners: true, approvedByArea: false, outcome: 'FAILED' });
  });

  it('the same votes pass as an ordinary matter', () => {
    const electorate = units(10);
    const ballots = firstVote(electorate, [[7, 'FOR'], [3, 'AGAINST']]);
    expect(tallyMotion(electorate, ballots, 'SPECIAL', CIVIL_CODE_THRESHOLDS).outcome).toBe('FAILED');
    expect(tallyMotion(electorate, ballots, 'ORDINARY', CIVIL_CODE_THRESHOLDS).outcome).toBe('PASSED');
  });
});

describe('counting owners', () => {
  it('counts all developer-held units together as one owner', () => {
    const electorate: ElectorateUnit[] = [
      ...units(3),
      { unitId: 'd1', area: '100.00', developerHeld: true, ownerIds: [] },
      { unitId: 'd2', area: '100.00', developerHeld: true, ownerIds: [] },
      { unitId: 'd3', area: '100.00', developerHeld: true, ownerIds: [] },
    ];
    const result = tallyMotion(electorate, votes([['d1', 'FOR'], ['d2', 'FOR'], ['d3', 'FOR'], ['u0', 'FOR']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    // Area 4/6 ≥ 2/3, but owners 2/4 < 2/3.
    expect(result).toMatchObject({ totalOwners: 4, participatingOwners: 2, participatingArea: 40000n, quorumMet: false, outcome: 'NO_QUORUM' });
  });

  it('counts one buyer of several units as one owner, and co-owners of a unit as one', () => {
    const electorate: ElectorateUnit[] = [
      { unitId: 'a', area: '100.00', developerHeld: false, ownerIds: ['buyer'] },
      { unitId: 'b', area: '100.00', developerHeld: false, ownerIds: ['buyer'] },
      { unitId: 'c', area: '100.00', developerHeld: false, ownerIds: ['wife', 'husband'] },
      { unitId: 'd', area: '100.00', developerHeld: false, ownerIds: ['husband', 'wife'] },
      { unitId: 'e', area: '100.00', developerHeld: false, ownerIds: [] },
    ];
    const keys = ownerKeys(electorate);
    expect(keys.get(electorate[2].unitId)).toBe(keys.get(electorate[3].unitId));
    const result = tallyMotion(electorate, votes([['a', 'FOR'], ['b', 'FOR'], ['c', 'AGAINST'], ['e', 'FOR']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ totalOwners: 3, participatingOwners: 3, approvingOwners: 2, participatingArea: 40000n, approvingArea: 30000n, outcome: 'PASSED' });
  });

  it('does not count a buyer whose units voted differently as approving', () => {
    const electorate: ElectorateUnit[] = [
      { unitId: 'a', area: '100.00', developerHeld: false, ownerIds: ['buyer'] },
      { unitId: 'b', area: '100.00', developerHeld: false, ownerIds: ['buyer'] },
      { unitId: 'c', area: '100.00', developerHeld: false, ownerIds: ['other'] },
    ];
    const result = tallyMotion(electorate, votes([['a', 'FOR'], ['b', 'AGAINST'], ['c', 'FOR']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ participatingOwners: 2, approvingOwners: 1, approvingArea: 20000n, outcome: 'FAILED' });
  });

  it('counts a buyer once even when their units have different co-owners', () => {
    const electorate: ElectorateUnit[] = [
      { unitId: 'a', area: '100.00', developerHeld: false, ownerIds: ['p1'] },
      { unitId: 'b', area: '100.00', developerHeld: false, ownerIds: ['p1', 'p2'] },
      { unitId: 'c', area: '100.00', developerHeld: false, ownerIds: ['p3'] },
    ];
    expect(countOwners(electorate)).toBe(2);
    const result = tallyMotion(electorate, votes([['a', 'FOR'], ['c', 'FOR']]), 'ORDINARY', CIVIL_CODE_THRESHOLDS);
    expect(result).toMatchObject({ totalOwners: 2, participatingOwners: 2, approvingOwners: 2 });
  });

  it('never passes anything on an empty electorate', () => {
    for (const weight of ['ORDINARY', 'SPECIAL'] as const) {
      expect(tallyMotion([], new Map(), weight, CIVIL_CODE_THRESHOLDS)).toMatchObject({ quorumMet: false, outcome: 'NO_QUORUM' });
    }
  });

  it('gives no quorum when nobody votes', () => {
    expect(tallyMotion(units(5), new Map(), 'ORDINARY', CIVIL_CODE_THRESHOLDS).outcome).toBe('NO_QUORUM');
  });
});

describe('thresholds per jurisdiction', () => {
  const LOCAL = '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42';
  it('defaults to the Civil Code and applies a configured local rule', () => {
    const jurisdictions = parseJurisdictionThresholds(JSON.stringify({ [LOCAL]: { quorum: { numerator: 1, denominator: 2, inclusive: false } } }));
    expect(thresholdsFor(jurisdictions, 'elsewhere')).toEqual(CIVIL_CODE_THRESHOLDS);
    const local = thresholdsFor(jurisdictions, LOCAL);
    expect(local.special).toEqual(CIVIL_CODE_THRESHOLDS.special);
    const electorate = units(10);
    const ballots = firstVote(electorate, [[6, 'FOR']]);
    expect(tallyMotion(electorate, ballots, 'ORDINARY', CIVIL_CODE_THRESHOLDS).outcome).toBe('NO_QUORUM');
    expect(tallyMotion(electorate, ballots, 'ORDINARY', local).outcome).toBe('PASSED');
  });

  it('refuses a malformed setting', () => {
    expect(() => parseJurisdictionThresholds(JSON.stringify({ [LOCAL]: { special: { numerator: 5, denominator: 4, inclusive: true } } }))).toThrow('OWNERS_VOTING_THRESHOLDS');
    expect(() => parseJurisdictionThresholds(JSON.stringify({ x: {} }))).toThrow('OWNERS_VOTING_THRESHOLDS: "x" is not a district id.');
    expect(() => parseJurisdictionThresholds(JSON.stringify({ [LOCAL]: { ordinry: { numerator: 1, denominator: 2, inclusive: false } } }))).toThrow(
      `OWNERS_VOTING_THRESHOLDS: unknown key "ordinry" for "${LOCAL}" (allowed: quorum, ordinary, special).`,
    );
    expect(() => parseJurisdictionThresholds(JSON.stringify({ [LOCAL]: { quorum: { numerator: 1, denominator: 2, inclusive: false, over: 1 } } }))).toThrow(
      `OWNERS_VOTING_THRESHOLDS: unknown field "over" in quorum for "${LOCAL}" (allowed: numerator, denominator, inclusive).`,
    );
    expect(() => parseJurisdictionThresholds('[]')).toThrow('OWNERS_VOTING_THRESHOLDS must be a JSON object keyed by district id.');
  });
});
