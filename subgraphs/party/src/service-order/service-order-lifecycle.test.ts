import { nextOrderStatus, ServiceOrderStatus as S } from './service-order-lifecycle.js';

describe('service order lifecycle', () => {
  it('runs ordered → dispatched → taken → completed → evaluated', () => {
    expect(nextOrderStatus(S.ORDERED, 'dispatch')).toBe(S.DISPATCHED);
    expect(nextOrderStatus(S.DISPATCHED, 'dispatch')).toBe(S.DISPATCHED);
    expect(nextOrderStatus(S.DISPATCHED, 'take')).toBe(S.TAKEN);
    expect(nextOrderStatus(S.TAKEN, 'complete')).toBe(S.COMPLETED);
    expect(nextOrderStatus(S.COMPLETED, 'evaluate')).toBe(S.EVALUATED);
    expect(nextOrderStatus(S.DISPATCHED, 'withdraw')).toBe(S.WITHDRAWN);
  });

  it('refuses skipped and repeated steps with the current stage', () => {
    expect(() => nextOrderStatus(S.ORDERED, 'take')).toThrow('This order is ORDERED; it can be taken only when DISPATCHED (点单 → 派单 → 接单 → 完成 → 评价).');
    expect(() => nextOrderStatus(S.TAKEN, 'withdraw')).toThrow('This order is TAKEN; it can be withdrawn only when ORDERED or DISPATCHED (点单 → 派单 → 接单 → 完成 → 评价).');
    expect(() => nextOrderStatus(S.EVALUATED, 'evaluate')).toThrow('This order is EVALUATED; it can be evaluated only when COMPLETED (点单 → 派单 → 接单 → 完成 → 评价).');
    expect(() => nextOrderStatus(S.ORDERED, 'complete')).toThrow('This order is ORDERED; it can be completed only when TAKEN (点单 → 派单 → 接单 → 完成 → 评价).');
  });
});
