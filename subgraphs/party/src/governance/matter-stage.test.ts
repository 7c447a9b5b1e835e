import { MatterStep } from '../../../platform/access/matter-certificate.js';
import type { MatterStageCounts } from '../../../platform/governance/matter-stage-facts.js';
import { DeliberationOutcome as Outcome, GovernanceStage as Stage } from './governance-kinds.js';
import { deriveMatterStage, nextMatterStep } from './matter-stage.js';

const facts = (fields: Partial<MatterStageCounts> = {}): MatterStageCounts => ({ linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0, ...fields });
const agreed = [Outcome.AGREED];

describe('the stage of a governance matter', () => {
  it('is PROPOSED until a joint meeting agrees it, REJECTED when one rejects it', () => {
    expect(deriveMatterStage({ needsOwnersDecision: false, outcomes: [] })).toBe(Stage.PROPOSED);
    expect(deriveMatterStage({ needsOwnersDecision: false, outcomes: [Outcome.DEFERRED] })).toBe(Stage.PROPOSED);
    expect(deriveMatterStage({ needsOwnersDecision: true, outcomes: [Outcome.DEFERRED, Outcome.REJECTED] })).toBe(Stage.REJECTED);
    // Facts linked by mistake do not revive a rejected matter.
    expect(deriveMatterStage({ needsOwnersDecision: false, outcomes: [Outcome.REJECTED], propertyFacts: facts({ linked: 1, pending: 1 }) })).toBe(Stage.REJECTED);
  });

  it("follows the owners' decision when the matter needs one", () => {
    const owners = (fields: Partial<MatterStageCounts>) => deriveMatterStage({ needsOwnersDecision: true, outcomes: [Outcome.DEFERRED, Outcome.AGREED], ownersFacts: facts(fields) });
    expect(owners({})).toBe(Stage.DELIBERATED);
    expect(owners({ linked: 1, pending: 1 })).toBe(Stage.RESOLVING);
    expect(owners({ linked: 2, pending: 1, failed: 1 })).toBe(Stage.RESOLVING);
    expect(owners({ linked: 2, failed: 2 })).toBe(Stage.NOT_ADOPTED);
    expect(owners({ linked: 1, completed: 1 })).toBe(Stage.RESOLVED);
    expect(owners({ linked: 2, completed: 1, pending: 1 })).toBe(Stage.RESOLVED);
  });

  it('ignores service records until the owners adopted the matter', () => {
    expect(deriveMatterStage({ needsOwnersDecision: true, outcomes: agreed, propertyFacts: facts({ linked: 1, pending: 1 }) })).toBe(Stage.DELIBERATED);
  });

  it('moves through SERVING, COMPLETED and EVALUATED with property and co-building records together', () => {
    const served = (property: Partial<MatterStageCounts>, cobuilding: Partial<MatterStageCounts> = {}, needsOwnersDecision = false) =>
      deriveMatterStage({ needsOwnersDecision, outcomes: agreed, ownersFacts: facts({ linked: 1, completed: 1 }), propertyFacts: facts(property), cobuildingFacts: facts(cobuilding) });
    expect(served({})).toBe(Stage.DELIBERATED);
    expect(served({}, {}, true)).toBe(Stage.RESOLVED);
    expect(served({ linked: 1, failed: 1 })).toBe(Stage.DELIBERATED);
    expect(served({ linked: 1, failed: 1 }, {}, true)).toBe(Stage.RESOLVED);
    expect(served({ linked: 1, pending: 1 }, {}, true)).toBe(Stage.SERVING);
    expect(served({ linked: 1, completed: 1, evaluated: 1 }, { linked: 1, pending: 1 })).toBe(Stage.SERVING);
    expect(served({ linked: 1, completed: 1 })).toBe(Stage.COMPLETED);
    expect(served({ linked: 1, completed: 1, evaluated: 1 }, { linked: 1, completed: 1 })).toBe(Stage.COMPLETED);
    expect(served({ linked: 2, completed: 1, evaluated: 1, failed: 1 })).toBe(Stage.EVALUATED);
    expect(served({ linked: 1, completed: 1, evaluated: 1 }, { linked: 1, completed: 1, evaluated: 1 }, true)).toBe(Stage.EVALUATED);
  });
});

describe('the next step of a governance matter', () => {
  it("allows RESOLVE only right after deliberation of a matter the owners decide, SERVE once nothing waits for them", () => {
    expect(nextMatterStep(Stage.DELIBERATED, true)).toBe(MatterStep.RESOLVE);
    expect(nextMatterStep(Stage.DELIBERATED, false)).toBe(MatterStep.SERVE);
    expect(nextMatterStep(Stage.RESOLVED, true)).toBe(MatterStep.SERVE);
    expect(nextMatterStep(Stage.SERVING, false)).toBe(MatterStep.SERVE);
    for (const stage of [Stage.PROPOSED, Stage.REJECTED, Stage.RESOLVING, Stage.NOT_ADOPTED, Stage.COMPLETED, Stage.EVALUATED]) {
      expect(nextMatterStep(stage, true)).toBeNull();
      expect(nextMatterStep(stage, false)).toBeNull();
    }
  });
});
