import { checkBranchFormation } from './branch-formation.js';
import { PartyBranchForm } from './organization-kinds.js';

describe('checkBranchFormation (单建 needs 3 formal members)', () => {
  it('allows a single branch with 3 formal members and no override', () => {
    expect(checkBranchFormation(PartyBranchForm.SINGLE, ['n1'], 3, undefined)).toBeNull();
  });

  it('refuses a single branch with 2 formal members, saying how to proceed', () => {
    expect(() => checkBranchFormation(PartyBranchForm.SINGLE, ['n1'], 2, undefined)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'form', formalMembers: 2, required: 3 } }),
    );
  });

  it('records the override reason when one is given', () => {
    expect(checkBranchFormation(PartyBranchForm.SINGLE, ['n1'], 0, '新建小区，待党员迁入')).toBe('新建小区，待党员迁入');
  });

  it('checks the number of neighborhoods per form', () => {
    expect(() => checkBranchFormation(PartyBranchForm.SINGLE, ['n1', 'n2'], 9, undefined)).toThrow(/exactly one/);
    expect(() => checkBranchFormation(PartyBranchForm.JOINT, [], 0, undefined)).toThrow(/at least one/);
    expect(() => checkBranchFormation(PartyBranchForm.JOINT, ['n1', 'n1'], 0, undefined)).toThrow(/twice/);
    expect(() => checkBranchFormation(PartyBranchForm.JOINT, ['n1', 'n2'], 0, 'x')).toThrow(/applies only/);
    expect(checkBranchFormation(PartyBranchForm.GRID, ['n1'], 0, undefined)).toBeNull();
  });
});
