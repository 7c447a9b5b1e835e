import { CIVIL_CODE_THRESHOLDS } from '../tally/thresholds.js';
import { canonicalNoticeFacts, idRangeOfCode, noticeCode, normalizeNoticeCode, type NoticeFacts } from './notice-code.js';

const facts: NoticeFacts = {
  id: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  neighborhoodId: '0b9a2c1e-1111-4c55-9a27-0d9e5b7c1a42',
  motionId: '7c1d2a4e-2222-4c55-9a27-0d9e5b7c1a42',
  electorateId: '9e1c2a4e-3333-4c55-9a27-0d9e5b7c1a42',
  title: '续聘物业服务企业',
  category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY',
  special: false,
  outcome: 'PASSED',
  totalArea: '12000.00',
  totalOwners: 120,
  participatingArea: '9000.00',
  participatingOwners: 90,
  approvingArea: '6000.00',
  approvingOwners: 60,
  quorumMet: true,
  thresholds: CIVIL_CODE_THRESHOLDS,
  decidedAt: new Date('2026-11-20T08:00:00.000Z'),
  correctsId: null,
  codeVersion: 2,
  ruleSetLabel: '某市业主大会表决规则（第1版，依据某市物业管理条例）',
};

// What the version 1 derivation (before rule sets were covered) gave for these facts: posted codes must keep verifying.
const V1_CODE = '7WE2-MKDQ-57FQ';

describe('notice verification code', () => {
  it('is twelve base32 characters in three groups, the same for the same facts', () => {
    const code = noticeCode(facts);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(noticeCode({ ...facts, thresholds: { special: facts.thresholds.special, ordinary: facts.thresholds.ordinary, quorum: facts.thresholds.quorum } })).toBe(code);
  });

  it('changes when any recorded fact changes', () => {
    const code = noticeCode(facts);
    expect(noticeCode({ ...facts, approvingOwners: 61 })).not.toBe(code);
    expect(noticeCode({ ...facts, title: '续聘物业服务企业 ' })).not.toBe(code);
    expect(noticeCode({ ...facts, decidedAt: new Date('2026-11-20T08:00:00.001Z') })).not.toBe(code);
    expect(noticeCode({ ...facts, thresholds: { ...facts.thresholds, ordinary: { numerator: 2, denominator: 3, inclusive: true } } })).not.toBe(code);
  });

  it('finds its resolution: the id lies in the range the code names', () => {
    const range = idRangeOfCode(noticeCode(facts));
    expect(range.from <= facts.id && facts.id <= range.to).toBe(true);
    expect(range).toEqual({ from: '3f1c2a4c-0000-0000-0000-000000000000', to: '3f1c2a4f-ffff-ffff-ffff-ffffffffffff' });
  });

  it('reads a code as people type it, and refuses what cannot be one', () => {
    const code = noticeCode(facts);
    expect(normalizeNoticeCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normalizeNoticeCode('oooo-iiii-llll')).toBe('0000-1111-1111');
    expect(normalizeNoticeCode('ABCD-EFGH-JKMU')).toBeNull();
    expect(normalizeNoticeCode('ABCD-EFGH')).toBeNull();
  });

  it('hashes a fixed text, one fact per line, the version first and (from version 2) the rule set last', () => {
    const lines = canonicalNoticeFacts(facts).split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe('resolution-notice/v2');
    expect(lines[21]).toBe(facts.ruleSetLabel);
    expect(canonicalNoticeFacts({ ...facts, codeVersion: 1 }).split('\n')).toHaveLength(21);
  });

  it('covers the rule set from version 2, and version 1 codes stay what they were', () => {
    const code = noticeCode(facts);
    expect(noticeCode({ ...facts, ruleSetLabel: '民法典第二百七十八条' })).not.toBe(code);
    expect(noticeCode({ ...facts, ruleSetLabel: null })).not.toBe(code);
    const v1 = { ...facts, codeVersion: 1 as const };
    expect(noticeCode({ ...v1, ruleSetLabel: '民法典第二百七十八条' })).toBe(noticeCode(v1));
    expect(noticeCode(v1)).not.toBe(code);
    // The version 1 derivation, as codes posted before version 2 were computed.
    expect(noticeCode(v1)).toBe(V1_CODE);
  });

  it('refuses a version it does not know', () => {
    expect(() => noticeCode({ ...facts, codeVersion: 3 as never })).toThrow('Unknown notice code version 3.');
  });
});
