import type { NoticePlace } from '../../../subgraphs/platform/notice/published-notice.js';
import type { Fund, FundNoticeEntry, PublishedFundNotice } from '../../../subgraphs/platform/notice/published-fund-notice.js';
import { chineseDate, committeeTerm, placeLine, type NoticeDocument } from './notice-document.js';

const FUND: Record<Fund, string> = { MAINTENANCE_FUND: '专项维修资金', PUBLIC_REVENUE: '公共收益' };
const KIND: Record<string, string> = { MAINTENANCE_FUND_USE: '使用', PUBLIC_REVENUE_INCOME: '收入', PUBLIC_REVENUE_EXPENSE: '支出' };
const QUARTER = ['', '第一季度', '第二季度', '第三季度', '第四季度'];

/** "2026-Q3" → 2026年第三季度, "2026-H1" → 2026年上半年. */
export function periodInWords(label: string): string {
  const [year, part] = label.split('-');
  return `${year}年${part.startsWith('Q') ? QUARTER[Number(part[1])] : part === 'H1' ? '上半年' : '下半年'}`;
}

const yuan = (amount: string) => `${amount} 元`;

function entryText(entry: FundNoticeEntry): string {
  if (entry.reverses) return `红字冲销${FUND[entry.fund]}${KIND[entry.kind] ?? entry.kind}：${entry.purpose}（原分录记于${chineseDate(entry.reverses.recordedAt)}）`;
  return `${KIND[entry.kind] ?? entry.kind}：${entry.purpose}`;
}

function authorityText(entry: FundNoticeEntry): string {
  const authority = entry.authority;
  const basis =
    authority.kind === 'RESOLUTION'
      ? `业主大会决议“${authority.title}”（${chineseDate(authority.decidedAt)}表决${authority.noticeCode ? `，公示核验码 ${authority.noticeCode}` : ''}）`
      : `紧急情况：${authority.reason}`;
  return basis + (entry.reverses ? `；更正理由：${entry.reverses.reason}` : '') + (entry.reversedAt ? `；已于${chineseDate(entry.reversedAt)}红字冲销` : '');
}

/** The fund-use notice's text from the recorded entries, the neighborhood's names and the address it can be checked at. */
export function fundNoticeDocument(notice: PublishedFundNotice, place: NoticePlace, verifyUrl: string): NoticeDocument {
  const period = periodInWords(notice.period);
  // The period's end is exclusive: its last day is the one before.
  const range = `${chineseDate(notice.periodStart)}至${chineseDate(new Date(new Date(notice.periodEnd).getTime() - 1).toISOString())}`;
  const term = committeeTerm(notice.committee);
  return {
    heading: `${place.name}专项维修资金和公共收益使用情况公示`,
    place: placeLine(place),
    status:
      notice.status === 'IN_FORCE'
        ? { inForce: true, text: '本公示所列收支与台账一致，现行有效' }
        : { inForce: false, text: `本公示所列收支已于${chineseDate(notice.supersededAt!)}更正（红字冲销），以更正后的台账及其后各期公示为准` },
    body: [
      {
        kind: 'text',
        lines: ['全体业主：', `依照《中华人民共和国民法典》第二百八十一条，现将本小区${period}（${range}）专项维修资金和公共收益的收支情况公示如下。`],
      },
      {
        kind: 'table',
        columns: [{ title: '资金类别', width: 30 }, { title: '期初余额', width: 36 }, { title: '本期收入', width: 36 }, { title: '本期支出', width: 36 }, { title: '期末余额', width: 36 }],
        rows: notice.accounts.map((account) => [FUND[account.fund], yuan(account.opening), yuan(account.income), yuan(account.spending), yuan(account.closing)]),
      },
      {
        kind: 'list',
        items: [
          '专项维修资金由住房和城乡建设主管部门代管，表中余额为本小区累计使用额（以负数表示）；公共收益余额为累计收入减支出。',
          '每笔收支均须有业主大会决议为依据，危及房屋安全等紧急情况除外；记错的分录以红字冲销更正，冲销记入更正当期。',
        ],
      },
      notice.entries.length
        ? {
            kind: 'table',
            columns: [{ title: '序号', width: 10 }, { title: '记账日期', width: 26 }, { title: '资金', width: 22 }, { title: '事项', width: 44 }, { title: '收支金额', width: 28 }, { title: '依据', width: 44 }],
            rows: notice.entries.map((entry, index) => [String(index + 1), chineseDate(entry.recordedAt), FUND[entry.fund], entryText(entry), yuan(entry.change), authorityText(entry)]),
          }
        : { kind: 'text', lines: ['本期无收支。'] },
      {
        kind: 'facts',
        rows: [
          { label: '公示期间', value: `${period}（${range}）` },
          { label: '公示日期', value: chineseDate(notice.publishedAt) },
          { label: '公示期至', value: chineseDate(notice.postedUntil) },
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
      instructions: `核验：打开 ${verifyUrl} 或在系统中以核验码查询（verifyOwnersFundNotice），可确认本公示是否真实、所列收支是否已被更正。`,
    },
  };
}
