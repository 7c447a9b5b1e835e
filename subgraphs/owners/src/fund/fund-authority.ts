import { FundEntryKind } from './fund-entry-kind.js';
import { MatterCategory } from '../rules/matter-category.js';

/** Which passed resolutions authorise each kind of entry, and whether an emergency may stand in for one. */
export const FUND_AUTHORITY: Record<FundEntryKind, { categories: MatterCategory[]; emergencyAllowed: boolean }> = {
  [FundEntryKind.MAINTENANCE_FUND_USE]: { categories: [MatterCategory.USE_MAINTENANCE_FUND], emergencyAllowed: true },
  [FundEntryKind.PUBLIC_REVENUE_INCOME]: { categories: [MatterCategory.CHANGE_COMMON_PARTS_USE], emergencyAllowed: false },
  [FundEntryKind.PUBLIC_REVENUE_EXPENSE]: { categories: [MatterCategory.OTHER_MAJOR_MATTER, MatterCategory.USE_MAINTENANCE_FUND], emergencyAllowed: true },
};
