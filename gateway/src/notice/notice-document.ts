import type { NoticePlace, NoticeThreshold, PublishedNotice } from '../../../subgraphs/platform/notice/published-notice.js';
import { percentage } from '../../../subgraphs/platform/figures/percentage.js';
import { decimalInWords, fractionInWords, integerInWords } from './chinese-numerals.js';

/** One block of a notice's body, in reading order: the HTML and the PDF typeset each kind the same way. */
export type NoticeBlock =
  /** Paragraphs. */
  | { kind: 'text'; lines: string[] }
  /** Label and value pairs (a definition list). */
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  /** A ruled table; the first cell of each row is its heading; widths are relative. */
  | { kind: 'table'; columns: { title: string; width: number }[]; rows: string[][] }
  /** Bulleted points. */
  | { kind: 'list'; items: string[] };

/** Everything a printed 公示 notice says, in reading order; the HTML and the PDF typeset the same document. */
export interface NoticeDocument {
  heading: string;
  place: string;
  status: { inForce: boolean; text: string };
  body: NoticeBlock[];
  closing: string;
  /** The date under the committee's name: the day it was published. */
  signedOn: string;
  committee: { name: string };
  verification: { code: string; url: string; instructions: string };
}

/** The neighborhood's names as printed under a notice's heading. */
export function placeLine(place: NoticePlace): string {
  return [place.district, place.street, place.community, place.name].join(' ') + (place.address ? `（${place.address}）` : '');
}

/** The committee's term as printed on a notice, or '' when none was in office. */
export function committeeTerm(committee: { electedOn: string; termEndsOn: string; filedOn: string | null } | null): string {
  if (!committee) return '';
  return (
    `${chineseDate(committee.electedOn)}选举产生，任期至${chineseDate(committee.termEndsOn)}` +
    (committee.filedOn ? `，${chineseDate(committee.filedOn)}备案` : '，尚未备案')
  );
}

/** One line of the tally: the figure in numbers, the same in words, and its share where it has one. */
interface TallyRow {
  label: string;
  figure: string;
  words: string;
  share: string | null;
}

const CATEGORY: Record<string, string> = {
  RULES_OF_PROCEDURE: '制定和修改业主大会议事规则',
  MANAGEMENT_COVENANT: '制定和修改管理规约',
  ELECT_COMMITTEE: '选举业主委员会或者更换业主委员会成员',
  HIRE_OR_DISMISS_PROPERTY_COMPANY: '选聘和解聘物业服务企业',
  USE_MAINTENANCE_FUND: '使用建筑物及其附属设施的维修资金',
  RAISE_MAINTENANCE_FUND: '筹集建筑物及其附属设施的维修资金',
  REBUILD: '改建、重建建筑物及其附属设施',
  CHANGE_COMMON_PARTS_USE: '改变共有部分的用途或者利用共有部分从事经营活动',
  OTHER_MAJOR_MATTER: '有关共有和共同管理权利的其他重大事项',
};

const OUTCOME: Record<string, string> = {
  PASSED: '表决通过',
  FAILED: '表决未通过',
  NO_QUORUM: '参与表决的专有部分面积或人数未达到法定比例，本次表决不成立',
};

const DATE = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

/** A date as printed on notices, in China's time zone: 2026年11月20日. */
export function chineseDate(iso: string): string {
  return DATE.format(new Date(iso));
}

function hundredths(decimal: string): number {
  const [whole, fraction = ''] = decimal.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

function thresholdText(threshold: NoticeThreshold): string {
  return `${threshold.inclusive ? '不低于' : '超过'}${fractionInWords(threshold.numerator, threshold.denominator)}（${threshold.numerator}/${threshold.denominator}）`;
}

function areaRow(label: string, area: string, whole: string | null, wholeLabel: string): TallyRow {
  const share = whole === null ? null : percentage(hundredths(area), hundredths(whole));
  return { label, figure: `${area} 平方米`, words: `${decimalInWords(area)}平方米`, share: share === null ? null : `占${wholeLabel}${share}%` };
}

function ownersRow(label: string, owners: number, whole: number | null, wholeLabel: string): TallyRow {
  const share = whole === null ? null : percentage(owners, whole);
  return { label, figure: `${owners} 人`, words: `${integerInWords(owners)}人`, share: share === null ? null : `占${wholeLabel}${share}%` };
}

/** The resolution notice's text from the recorded facts, the neighborhood's names and the address it can be checked at. */
export function noticeDocument(notice: PublishedNotice, place: NoticePlace, verifyUrl: string): NoticeDocument {
  const special = notice.special;
  const tally = [
    areaRow('专有部分总面积', notice.totalArea, null, ''),
    ownersRow('业主总人数', notice.totalOwners, null, ''),
    areaRow('参与表决面积', notice.participatingArea, notice.totalArea, '总面积'),
    ownersRow('参与表决人数', notice.participatingOwners, notice.totalOwners, '总人数'),
    areaRow('同意面积', notice.approvingArea, notice.participatingArea, '参与表决面积'),
    ownersRow('同意人数', notice.approvingOwners, notice.participatingOwners, '参与表决人数'),
  ];
  const term = committeeTerm(notice.committee);
  return {
    heading: `${place.name}业主大会决议公示`,
    place: placeLine(place),
    status: notice.status === 'IN_FORCE'
      ? { inForce: true, text: '本决议现行有效' }
      : { inForce: false, text: `本决议已被更正，以核验码 ${notice.correctedByCode} 的公示为准` },
    body: [
      { kind: 'text', lines: ['全体业主：', '业主大会就下列事项进行了表决，现将表决结果公示如下。'] },
      {
        kind: 'facts',
        rows: [
          { label: '表决事项', value: notice.title },
          { label: '事项类别', value: `${CATEGORY[notice.category] ?? notice.category}（${special ? '特别事项' : '一般事项'}）` },
          { label: '表决结果', value: OUTCOME[notice.outcome] ?? notice.outcome },
        ],
      },
      {
        kind: 'table',
        columns: [{ title: '项目', width: 30 }, { title: '数字', width: 28 }, { title: '中文数字', width: 68 }, { title: '比例', width: 48 }],
        rows: tally.map((row) => [row.label, row.figure, row.words, row.share ?? '']),
      },
      {
        kind: 'list',
        items: [
          notice.ruleSet
            ? `表决规则：${special ? '特别事项' : '一般事项'}，适用${notice.ruleSet}（召集业主大会时确定）。`
            : `表决规则：${special ? '特别事项' : '一般事项'}，依《中华人民共和国民法典》第二百七十八条第二款及本辖区表决比例。`,
          `参与表决：专有部分面积和业主人数均${thresholdText(notice.quorumThreshold)}；${notice.quorumMet ? '已达到' : '未达到'}。`,
          `通过比例：同意的专有部分面积和业主人数均${thresholdText(notice.approvalThreshold)}（占参与表决）。`,
          ...(notice.correctsCode ? [`本决议更正核验码为 ${notice.correctsCode} 的决议。更正理由：${notice.correctionReason ?? ''}`] : []),
        ],
      },
      {
        kind: 'facts',
        rows: [
          { label: '表决日期', value: chineseDate(notice.decidedAt) },
          { label: '公示日期', value: chineseDate(notice.publishedAt) },
          { label: '公示期限', value: `${chineseDate(notice.publicationDueBy)}前${notice.publishedOnTime ? '（按期公示）' : '（逾期公示）'}` },
          { label: '公示方式', value: notice.publicationPlace },
          ...(term ? [{ label: '业主委员会', value: term }] : []),
        ],
      },
    ],
    closing: '特此公示。',
    signedOn: chineseDate(notice.publishedAt),
    committee: { name: `${place.name}业主委员会` },
    verification: {
      code: notice.code,
      url: verifyUrl,
      instructions: `核验：打开 ${verifyUrl} 或在系统中以核验码查询（verifyResolutionNotice），可确认本公示是否真实、决议是否仍然有效。`,
    },
  };
}
