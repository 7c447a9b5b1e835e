import { parseFundPeriod } from './fund-period.js';

describe('fund periods', () => {
  it('are calendar quarters and half-years in China time', () => {
    expect(parseFundPeriod('2026-q3')).toEqual({ label: '2026-Q3', start: new Date('2026-06-30T16:00:00.000Z'), end: new Date('2026-09-30T16:00:00.000Z') });
    expect(parseFundPeriod('2026-Q4')!.end).toEqual(new Date('2026-12-31T16:00:00.000Z'));
    expect(parseFundPeriod('2026-H1')).toEqual({ label: '2026-H1', start: new Date('2025-12-31T16:00:00.000Z'), end: new Date('2026-06-30T16:00:00.000Z') });
  });

  it('refuse anything else', () => {
    for (const label of ['2026', '2026-Q5', '2026-H3', '26-Q1', '1999-Q1', '2026-Q1x']) expect(parseFundPeriod(label)).toBeNull();
  });
});
