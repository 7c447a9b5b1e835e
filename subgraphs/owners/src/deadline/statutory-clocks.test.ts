import { addMonths, dayNumber, isoDay, statutoryClocks, type ClockFacts } from './statutory-clocks.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const place = { neighborhoodId: 'n', committeeId: 'c' };
const none: ClockFacts = { committees: [], assemblies: [], resolutions: [] };
const clocks = (facts: Partial<ClockFacts>, today: string, withinDays = 30) =>
  statutoryClocks({ ...none, ...facts }, day(today), withinDays).map(({ kind, dueOn, status, daysLeft }) => ({ kind, dueOn, status, daysLeft }));

describe('statutory clocks (法定时限)', () => {
  it('gives an assembly notice until day 15 before the meeting, while the notice day has not come', () => {
    const assemblies = [{ ...place, assemblyId: 'a', noticeOn: day('2026-03-10'), meetsOn: day('2026-03-31') }];
    expect(clocks({ assemblies }, '2026-03-01')).toEqual([{ kind: 'ASSEMBLY_NOTICE', dueOn: '2026-03-16', status: 'UPCOMING', daysLeft: 15 }]);
    // 15 days to the meeting is still on time; the notice day itself closes the clock.
    expect(clocks({ assemblies }, '2026-03-09')).toEqual([{ kind: 'ASSEMBLY_NOTICE', dueOn: '2026-03-16', status: 'UPCOMING', daysLeft: 7 }]);
    expect(clocks({ assemblies }, '2026-03-10')).toEqual([]);
    expect(clocks({ assemblies: [{ ...assemblies[0], noticeOn: day('2026-03-20') }] }, '2026-03-17')).toEqual([
      { kind: 'ASSEMBLY_NOTICE', dueOn: '2026-03-16', status: 'OVERDUE', daysLeft: -1 },
    ]);
  });

  it('gives a resolution 3 days to be published: due on day 3, overdue on day 4, closed once published', () => {
    const resolutions = [{ ...place, resolutionId: 'r', decidedAt: new Date('2026-05-10T15:30:00Z'), published: false }];
    expect(clocks({ resolutions }, '2026-05-10')).toEqual([{ kind: 'RESOLUTION_PUBLICATION', dueOn: '2026-05-13', status: 'UPCOMING', daysLeft: 3 }]);
    expect(clocks({ resolutions }, '2026-05-13')).toEqual([{ kind: 'RESOLUTION_PUBLICATION', dueOn: '2026-05-13', status: 'UPCOMING', daysLeft: 0 }]);
    expect(clocks({ resolutions }, '2026-05-14')).toEqual([{ kind: 'RESOLUTION_PUBLICATION', dueOn: '2026-05-13', status: 'OVERDUE', daysLeft: -1 }]);
    expect(clocks({ resolutions: [{ ...resolutions[0], published: true }] }, '2026-05-14')).toEqual([]);
  });

  it('gives a committee 30 days to file: due on day 30, overdue on day 31, closed once filed or out of office', () => {
    const committee = { ...place, electedOn: day('2026-01-10'), termEndsOn: day('2031-01-10'), filedOn: null, inOffice: true };
    expect(clocks({ committees: [committee] }, '2026-02-09')).toEqual([{ kind: 'COMMITTEE_FILING', dueOn: '2026-02-09', status: 'UPCOMING', daysLeft: 0 }]);
    expect(clocks({ committees: [committee] }, '2026-02-10')).toEqual([{ kind: 'COMMITTEE_FILING', dueOn: '2026-02-09', status: 'OVERDUE', daysLeft: -1 }]);
    expect(clocks({ committees: [{ ...committee, filedOn: day('2026-02-01') }] }, '2026-02-10')).toEqual([]);
    expect(clocks({ committees: [{ ...committee, inOffice: false }] }, '2026-02-10')).toEqual([]);
  });

  it('warns of the end of a term from exactly 3 calendar months before its last day', () => {
    const committee = { ...place, electedOn: day('2021-05-31'), termEndsOn: day('2026-05-31'), filedOn: day('2021-06-10'), inOffice: true };
    expect(isoDay(addMonths(dayNumber(day('2026-05-31')), -3))).toBe('2026-02-28');
    expect(clocks({ committees: [committee] }, '2026-02-27')).toEqual([]);
    expect(clocks({ committees: [committee] }, '2026-02-28')).toEqual([{ kind: 'TERM_EXPIRY', dueOn: '2026-05-31', status: 'UPCOMING', daysLeft: 92 }]);
    expect(clocks({ committees: [committee] }, '2026-05-31')).toEqual([{ kind: 'TERM_EXPIRY', dueOn: '2026-05-31', status: 'UPCOMING', daysLeft: 0 }]);
    expect(clocks({ committees: [committee] }, '2026-06-01')).toEqual([{ kind: 'TERM_EXPIRY', dueOn: '2026-05-31', status: 'OVERDUE', daysLeft: -1 }]);
    // A wider window lists it earlier.
    expect(clocks({ committees: [committee] }, '2026-02-01', 120)).toEqual([{ kind: 'TERM_EXPIRY', dueOn: '2026-05-31', status: 'UPCOMING', daysLeft: 119 }]);
  });

  it('lists only what is due within the window, earliest first', () => {
    const facts: Partial<ClockFacts> = {
      committees: [{ ...place, electedOn: day('2026-01-10'), termEndsOn: day('2031-01-10'), filedOn: null, inOffice: true }],
      resolutions: [{ ...place, resolutionId: 'r', decidedAt: day('2026-01-20'), published: false }],
    };
    expect(clocks(facts, '2026-01-20', 10)).toEqual([{ kind: 'RESOLUTION_PUBLICATION', dueOn: '2026-01-23', status: 'UPCOMING', daysLeft: 3 }]);
    expect(clocks(facts, '2026-01-20', 20)).toEqual([
      { kind: 'RESOLUTION_PUBLICATION', dueOn: '2026-01-23', status: 'UPCOMING', daysLeft: 3 },
      { kind: 'COMMITTEE_FILING', dueOn: '2026-02-09', status: 'UPCOMING', daysLeft: 20 },
    ]);
    expect(clocks(facts, '2026-01-20', 0)).toEqual([]);
  });
});
