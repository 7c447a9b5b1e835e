import { MatterCategory } from './matter-category.js';
import { CIVIL_CODE_THRESHOLDS } from '../tally/thresholds.js';
import { layeredRules, motionThresholds, ruleSetProblems } from './voting-rules.rules.js';

const twoThirds = { numerator: 2, denominator: 3, inclusive: true };

describe('local voting rules per matter category', () => {
  it("apply the local rule to its category only, and the base to every other", () => {
    const rules = [{ category: MatterCategory.USE_MAINTENANCE_FUND, approval: twoThirds }];
    expect(motionThresholds(CIVIL_CODE_THRESHOLDS, MatterCategory.USE_MAINTENANCE_FUND, rules)).toEqual({ quorum: CIVIL_CODE_THRESHOLDS.quorum, ordinary: twoThirds, special: twoThirds });
    const ordinary = CIVIL_CODE_THRESHOLDS.ordinary;
    expect(motionThresholds(CIVIL_CODE_THRESHOLDS, MatterCategory.MANAGEMENT_COVENANT, rules)).toEqual({ quorum: CIVIL_CODE_THRESHOLDS.quorum, ordinary, special: ordinary });
    const special = CIVIL_CODE_THRESHOLDS.special;
    expect(motionThresholds(CIVIL_CODE_THRESHOLDS, MatterCategory.REBUILD, null)).toEqual({ quorum: CIVIL_CODE_THRESHOLDS.quorum, ordinary: special, special });
  });

  it('refuse duplicate categories, empty rules and malformed fractions, saying where', () => {
    expect(
      ruleSetProblems([
        { category: MatterCategory.USE_MAINTENANCE_FUND, approval: twoThirds },
        { category: MatterCategory.USE_MAINTENANCE_FUND, quorum: { numerator: 3, denominator: 2, inclusive: true } },
        { category: MatterCategory.REBUILD },
        { category: MatterCategory.OTHER_MAJOR_MATTER, approval: { numerator: 0, denominator: 2, inclusive: false } },
        { category: MatterCategory.ELECT_COMMITTEE, approval: { numerator: 1.5, denominator: 2, inclusive: false } },
        { category: MatterCategory.MANAGEMENT_COVENANT, approval: { numerator: 1, denominator: 1001, inclusive: false } },
      ]),
    ).toEqual([
      'rules[1]: USE_MAINTENANCE_FUND appears twice; give one rule per category.',
      'rules[1].quorum: the numerator must not exceed the denominator (a share of at most 1).',
      'rules[2]: a rule for REBUILD sets quorum, approval or both.',
      'rules[3].approval: numerator and denominator must be more than 0.',
      'rules[4].approval: numerator and denominator must be whole numbers.',
      'rules[5].approval: the denominator must be at most 1000.',
    ]);
    expect(ruleSetProblems([{ category: MatterCategory.USE_MAINTENANCE_FUND, approval: { numerator: 1, denominator: 1, inclusive: true } }])).toEqual([]);
  });

  it("layer a street's rules over its district's, quorum and approval each, in the Civil Code's order of categories", () => {
    const fourFifths = { numerator: 4, denominator: 5, inclusive: true };
    const threeQuarters = { numerator: 3, denominator: 4, inclusive: true };
    const street = [{ category: MatterCategory.USE_MAINTENANCE_FUND, approval: fourFifths }, { category: MatterCategory.REBUILD, quorum: threeQuarters }];
    const district = [
      { category: MatterCategory.USE_MAINTENANCE_FUND, quorum: threeQuarters, approval: twoThirds },
      { category: MatterCategory.MANAGEMENT_COVENANT, approval: twoThirds },
    ];
    expect(layeredRules(street, district)).toEqual([
      { category: MatterCategory.MANAGEMENT_COVENANT, quorum: null, approval: twoThirds },
      { category: MatterCategory.USE_MAINTENANCE_FUND, quorum: threeQuarters, approval: fourFifths },
      { category: MatterCategory.REBUILD, quorum: threeQuarters, approval: null },
    ]);
    expect(layeredRules(null, district)).toEqual([
      { category: MatterCategory.MANAGEMENT_COVENANT, quorum: null, approval: twoThirds },
      { category: MatterCategory.USE_MAINTENANCE_FUND, quorum: threeQuarters, approval: twoThirds },
    ]);
    expect(layeredRules(null, null)).toEqual([]);
    // What neither sets follows the base.
    const layered = layeredRules(street, district);
    expect(motionThresholds(CIVIL_CODE_THRESHOLDS, MatterCategory.REBUILD, layered)).toEqual({ quorum: threeQuarters, ordinary: CIVIL_CODE_THRESHOLDS.special, special: CIVIL_CODE_THRESHOLDS.special });
    expect(motionThresholds(CIVIL_CODE_THRESHOLDS, MatterCategory.ELECT_COMMITTEE, layered)).toEqual({ quorum: CIVIL_CODE_THRESHOLDS.quorum, ordinary: CIVIL_CODE_THRESHOLDS.ordinary, special: CIVIL_CODE_THRESHOLDS.ordinary });
  });
});
