import { FundEntryKind } from './fund-entry-kind.js';
import { centsOf, formatCents, fundLedgers } from './fund-ledger.js';

describe('fundLedgers', () => {
  it('keeps a running balance per fund, exactly in cents', () => {
    const entries = [
      { kind: FundEntryKind.PUBLIC_REVENUE_INCOME, amount: '12000.10' },
      { kind: FundEntryKind.MAINTENANCE_FUND_USE, amount: '86000' },
      { kind: FundEntryKind.PUBLIC_REVENUE_EXPENSE, amount: '0.20' },
      { kind: FundEntryKind.PUBLIC_REVENUE_EXPENSE, amount: '12000.00' },
    ];
    const ledgers = fundLedgers(entries);
    expect(ledgers.get('PUBLIC_REVENUE')!.lines.map((line) => [formatCents(line.change), formatCents(line.runningBalance)])).toEqual([
      ['12000.10', '12000.10'],
      ['-0.20', '11999.90'],
      ['-12000.00', '-0.10'],
    ]);
    expect(formatCents(ledgers.get('PUBLIC_REVENUE')!.balance)).toBe('-0.10');
    expect(formatCents(ledgers.get('MAINTENANCE_FUND')!.balance)).toBe('-86000.00');
    expect(fundLedgers([]).get('MAINTENANCE_FUND')).toEqual({ lines: [], balance: 0n });
  });

  it('books a reversal (红字冲销) as the opposite of the entry it reverses, when it is recorded', () => {
    const ledgers = fundLedgers([
      { kind: FundEntryKind.MAINTENANCE_FUND_USE, amount: '86000' },
      { kind: FundEntryKind.PUBLIC_REVENUE_INCOME, amount: '500.50' },
      { kind: FundEntryKind.MAINTENANCE_FUND_USE, amount: '86000', reversesEntryId: 'e1' },
      { kind: FundEntryKind.PUBLIC_REVENUE_INCOME, amount: '500.50', reversesEntryId: 'e2' },
    ]);
    expect(ledgers.get('MAINTENANCE_FUND')!.lines.map((line) => formatCents(line.runningBalance))).toEqual(['-86000.00', '0.00']);
    expect(ledgers.get('PUBLIC_REVENUE')!.lines.map((line) => formatCents(line.change))).toEqual(['500.50', '-500.50']);
  });

  it('reads and writes amounts without floating point', () => {
    expect([centsOf('0.1'), centsOf('0.01'), centsOf('999999999.99')]).toEqual([10n, 1n, 99999999999n]);
    expect(() => centsOf('1.001')).toThrow('"1.001" is not an amount with at most two decimals.');
    expect([formatCents(0n), formatCents(-1n), formatCents(100n)]).toEqual(['0.00', '-0.01', '1.00']);
  });
});
