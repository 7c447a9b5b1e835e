/* eslint-disable max-lines -- a fund-use period notice from its entries to the printed 公示: one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import pg from 'pg';
import { Role } from '../subgraphs/platform/access/role.js';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/platform/access/gateway-secret.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { testGatewaySecret } from './harness/test-keys.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';
import { step } from './harness/scenario.js';
import { PUBLISH_FUND_NOTICE, RECORD_FUND_ENTRY, okAs, publishNextQuarter, quarterAfter, quarterOf, type PublishedFundPeriod } from './harness/fund-period.js';

let graph: GraphStack;
let published: PublishedFundPeriod;
/** An entry recorded in the quarter before the published one: the notice's opening balance. */
let earlier: { id: string };
let resolutionEntry: { id: string; purpose: string; title: string; noticeCode: string } | null = null;
const DAY_MS = 86_400_000;

interface DemoResolution {
  id: string;
  title: string;
  category: string;
  outcome: string;
  correctedBy: { id: string } | null;
  publication: { place: string } | null;
  notice: { verificationCode: string };
}

beforeAll(async () => {
  graph = await startGraph();
  const { neighborhood } = demoScenario(graph.plan);
  const listed = await okAs<{ neighborhood: { resolutions: DemoResolution[] } }>(
    graph,
    `query($id: ID!) { neighborhood(id: $id) { resolutions { id title category outcome publication { place } notice { verificationCode } } } }`,
    Role.OWNERS_COMMITTEE,
    { id: neighborhood.id },
  );
  const candidates = listed.neighborhood.resolutions.filter(
    (resolution) => resolution.outcome === 'PASSED' && resolution.publication && ['USE_MAINTENANCE_FUND', 'OTHER_MAJOR_MATTER'].includes(resolution.category),
  );
  ({ recordOwnersFundEntry: earlier } = await okAs<{ recordOwnersFundEntry: { id: string } }>(graph, RECORD_FUND_ENTRY, Role.OWNERS_COMMITTEE, {
    input: { kind: 'MAINTENANCE_FUND_USE', amount: '1000', purpose: '消防水泵维修', emergencyReason: '消防水泵失压，消防用水无法保障' },
  }));
  published = await publishNextQuarter(graph, {
    idempotencyKey: 'fund-notice-key-01',
    // A public-revenue expense resting on a published resolution of the demo neighborhood, where the demo has one.
    beforeEntries: async () => {
      for (const candidate of candidates) {
        const response = await graph.graphql<{ recordOwnersFundEntry: { id: string } }>(RECORD_FUND_ENTRY, {
          token: graph.tokens.get(Role.OWNERS_COMMITTEE)!,
          variables: { input: { kind: 'PUBLIC_REVENUE_EXPENSE', amount: '1500', purpose: '小区道路修补', resolutionId: candidate.id } },
        });
        if (!response.body.errors) {
          resolutionEntry = { id: response.body.data!.recordOwnersFundEntry.id, purpose: '小区道路修补', title: candidate.title, noticeCode: candidate.notice.verificationCode };
          return;
        }
      }
    },
  });
}, 240_000);
afterAll(async () => {
  await graph?.stop();
});

const origin = () => new URL(graph.gatewayUrl).origin;
const VERIFY = `query($code: String!) { verifyOwnersFundNotice(code: $code) { status genuine inForce supersededAt period publishedAt postedUntil publicPath } }`;
const REVERSE = `mutation($input: ReverseOwnersFundEntryInput!) { reverseOwnersFundEntry(input: $input) { id kind amount purpose emergencyReason reversesEntryId correctionReason fund } }`;
const LIST = `query($id: ID!) { neighborhood(id: $id) { ownersFundNotices { id period verificationCode } } }`;

async function ownersFacts(code: string): Promise<Record<string, unknown>> {
  const owners = graph.subgraphs.get('owners')!.url.replace(/\/graphql$/, '');
  const response = await fetch(`${owners}/public/fund-notices/${code}`, { headers: { [GATEWAY_SECRET_HEADER]: testGatewaySecret('owners') } });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

function errorOf(response: { body: { errors?: { message: string; extensions?: Record<string, unknown> }[] } }) {
  return response.body.errors?.map((error) => ({ message: error.message, code: error.extensions?.code }));
}

describe('fund-use period notices (资金使用情况公示)', () => {
  // One scenario, step after step: the last step reverses an entry of the period that the earlier steps read as in
  // force, and moves the clock on, so as separate tests they held only in the file's order.
  it('publishes a period once, lists it to whoever reads the ledger, states and serves it, and reads it as superseded once an entry is reversed', async () => {
    await step('publishes a period once it has ended, once, with the server\'s dates; a retry with the key returns the first', async () => {
      const { period, notice } = published;
      expect(notice).toEqual({
        id: expect.any(String),
        period: period.label,
        periodStart: period.start.toISOString(),
        periodEnd: period.end.toISOString(),
        postedUntil: new Date(Date.parse(notice.recordedAt) + 15 * DAY_MS).toISOString(),
        place: '小区公告栏及业主群',
        recordedAt: expect.any(String),
        verificationCode: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
        publicPath: `/fund-notices/${notice.verificationCode}`,
      });
      expect(Math.abs(Date.parse(notice.recordedAt) - graph.clock.now().getTime())).toBeLessThan(60_000);
      const input = { period: period.label.toLowerCase(), place: '小区公告栏及业主群', idempotencyKey: 'fund-notice-key-01' };
      expect(await okAs(graph, PUBLISH_FUND_NOTICE, Role.OWNERS_COMMITTEE, { input })).toEqual({ publishOwnersFundNotice: notice });
      const again = await graph.graphql(PUBLISH_FUND_NOTICE, { token: graph.tokens.get(Role.OWNERS_COMMITTEE)!, variables: { input: { ...input, idempotencyKey: 'fund-notice-key-02' } } });
      expect(errorOf(again)).toEqual([{ message: 'This period has already been published: read its notice in ownersFundNotices.', code: 'CONFLICT' }]);

      const current = quarterOf(graph.clock.now());
      const refusals: [Record<string, unknown>, string][] = [
        [{ period: current.label, place: '公告栏' }, 'This period has not ended yet, or ended less than 10 minutes ago: publish its notice after that (China time).'],
        [{ period: '2026-Q5', place: '公告栏' }, 'period must be a quarter such as 2026-Q3 or a half-year such as 2026-H1.'],
        [{ period: quarterAfter(current).label, place: '公告栏', postedDays: 3 }, 'Invalid input: postedDays must be a whole number of days from 7 to 90.'],
      ];
      for (const [variables, message] of refusals) {
        const refused = await graph.graphql(PUBLISH_FUND_NOTICE, { token: graph.tokens.get(Role.OWNERS_COMMITTEE)!, variables: { input: variables } });
        expect(errorOf(refused)).toEqual([{ message, code: 'BAD_USER_INPUT' }]);
      }
    });

    await step('is published by the committee only, and read by whoever reads the ledger', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const input = { period: quarterOf(new Date(published.period.start.getTime() - DAY_MS)).label, place: '公告栏' };
      for (const role of [Role.RESIDENT, Role.STREET, Role.PROPERTY_COMPANY, Role.PARTY_BRANCH]) {
        const refused = await graph.graphql(PUBLISH_FUND_NOTICE, { token: graph.tokens.get(role)!, variables: { input } });
        expect(errorOf(refused)).toEqual([{ message: "Only an owners' committee in office, acting for its own neighborhood, may record this.", code: 'FORBIDDEN' }]);
      }
      const listed = { neighborhood: { ownersFundNotices: [{ id: published.notice.id, period: published.period.label, verificationCode: published.notice.verificationCode }] } };
      for (const role of [Role.OWNERS_COMMITTEE, Role.STREET, Role.DISTRICT, Role.RESIDENT]) {
        expect(await okAs(graph, LIST, role, { id: neighborhood.id })).toEqual(listed);
      }
      expect(await okAs(graph, LIST, Role.PROPERTY_COMPANY, { id: neighborhood.id })).toEqual({ neighborhood: { ownersFundNotices: [] } });
    });

    await step('states every entry of the period with what it rests on, and each fund\'s opening and closing balance', async () => {
      // The demo neighborhood (seed 2026) has a published resolution that authorises a public-revenue expense.
      expect(resolutionEntry).not.toBeNull();
      const facts = await ownersFacts(published.notice.verificationCode);
      const withResolution = resolutionEntry ? 1500 : 0;
      expect(facts).toMatchObject({
        code: published.notice.verificationCode,
        codeVersion: 1,
        status: 'IN_FORCE',
        supersededAt: null,
        period: published.period.label,
        publishedAt: published.notice.recordedAt,
        postedUntil: published.notice.postedUntil,
        publicationPlace: '小区公告栏及业主群',
        accounts: [
          { fund: 'MAINTENANCE_FUND', opening: '-1000.00', income: '0.00', spending: '86000.50', closing: '-87000.50' },
          { fund: 'PUBLIC_REVENUE', opening: '0.00', income: '0.00', spending: `${300 + withResolution}.00`, closing: `-${300 + withResolution}.00` },
        ],
        committee: { inOffice: true },
      });
      const entries = facts.entries as Record<string, unknown>[];
      expect(entries.slice(resolutionEntry ? 1 : 0)).toEqual(
        published.entries.map((entry) => ({
          fund: entry.kind === 'MAINTENANCE_FUND_USE' ? 'MAINTENANCE_FUND' : 'PUBLIC_REVENUE',
          kind: entry.kind,
          amount: entry.amount,
          change: `-${entry.amount}`,
          purpose: entry.purpose,
          recordedAt: expect.any(String),
          authority: { kind: 'EMERGENCY', reason: entry.emergencyReason },
          reverses: null,
          reversedAt: null,
        })),
      );
      if (resolutionEntry) {
        expect(entries[0]).toMatchObject({ purpose: resolutionEntry.purpose, authority: { kind: 'RESOLUTION', title: resolutionEntry.title, noticeCode: resolutionEntry.noticeCode } });
      }
    });

    await step('serves the notice to anyone as A4 HTML and PDF, and confirms its code to any caller', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const html = await fetch(origin() + published.notice.publicPath);
      expect([html.status, html.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
      const page = await html.text();
      expect(page).toContain(`<h1>${neighborhood.name}专项维修资金和公共收益使用情况公示</h1>`);
      expect(page).toContain('@page { size: A4;');
      expect(page).toContain('本公示所列收支与台账一致，现行有效');
      expect(page).toContain('<th>专项维修资金</th><td>-1000.00 元</td><td>0.00 元</td><td>86000.50 元</td><td>-87000.50 元</td>');
      for (const entry of published.entries) expect(page).toContain(`紧急情况：${entry.emergencyReason}`);
      if (resolutionEntry) expect(page).toContain(`业主大会决议“${resolutionEntry.title}”`);
      expect(page).toContain(published.notice.verificationCode);
      const pdf = await fetch(`${origin()}${published.notice.publicPath}.pdf`);
      expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

      const typed = published.notice.verificationCode.toLowerCase().replace(/-/g, ' ');
      expect((await graph.graphql(VERIFY, { token: graph.tokens.get(Role.JOINT_UNIT)!, variables: { code: typed } })).body).toEqual({
        data: {
          verifyOwnersFundNotice: {
            status: 'IN_FORCE',
            genuine: true,
            inForce: true,
            supersededAt: null,
            period: published.period.label,
            publishedAt: published.notice.recordedAt,
            postedUntil: published.notice.postedUntil,
            publicPath: published.notice.publicPath,
          },
        },
      });
      const unknown = { status: 'UNKNOWN', genuine: false, inForce: false, supersededAt: null, period: null, publishedAt: null, postedUntil: null, publicPath: null };
      const code = published.notice.verificationCode;
      for (const candidate of [code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'), 'not a code']) {
        expect((await graph.graphql(VERIFY, { token: graph.tokens.get(Role.RESIDENT)!, variables: { code: candidate } })).body).toEqual({ data: { verifyOwnersFundNotice: unknown } });
      }
      for (const url of [`${origin()}/fund-notices/ZZZZ-ZZZZ-ZZZZ`, `${origin()}/fund-notices/ZZZZ-ZZZZ-ZZZZ.pdf`, `${origin()}/notices/${code}`]) {
        expect((await fetch(url)).status).toBe(404);
      }
      const owners = graph.subgraphs.get('owners')!.url.replace(/\/graphql$/, '');
      expect((await fetch(`${owners}/public/fund-notices/${code}`)).status).toBe(401);
    });

    await step('no longer confirms a copy once a listed entry has been altered in the database', async () => {
      const admin = new pg.Client({ connectionString: graph.adminDatabaseUrl });
      await admin.connect();
      const [entry] = published.entries;
      const tamper = (amount: string) =>
        admin.query(`begin; alter table owners.owners_fund_entry disable trigger user; update owners.owners_fund_entry set amount = ${amount} where id = '${entry.id}'; alter table owners.owners_fund_entry enable trigger user; commit;`);
      try {
        await tamper('8600.50');
        const answer = await okAs<{ verifyOwnersFundNotice: { status: string } }>(graph, VERIFY, Role.RESIDENT, { code: published.notice.verificationCode });
        expect(answer.verifyOwnersFundNotice.status).toBe('UNKNOWN');
        expect((await fetch(origin() + published.notice.publicPath)).status).toBe(404);
      } finally {
        await tamper(entry.amount);
        await admin.end();
      }
      expect((await okAs<{ verifyOwnersFundNotice: { status: string } }>(graph, VERIFY, Role.RESIDENT, { code: published.notice.verificationCode })).verifyOwnersFundNotice.status).toBe('IN_FORCE');
    });

    await step('reads as superseded once a listed entry is reversed (红字冲销), and the reversal is booked in the later period', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const [, expense] = published.entries;
      const input = { entryId: expense.id, reason: '重复记账：该笔清掏费已于上月支付', idempotencyKey: 'reverse-key-0001' };
      const reversal = await okAs<{ reverseOwnersFundEntry: { id: string } }>(graph, REVERSE, Role.OWNERS_COMMITTEE, { input });
      expect(reversal).toEqual({
        reverseOwnersFundEntry: {
          id: expect.any(String),
          kind: 'PUBLIC_REVENUE_EXPENSE',
          amount: '300.00',
          purpose: expense.purpose,
          emergencyReason: expense.emergencyReason,
          reversesEntryId: expense.id,
          correctionReason: input.reason,
          fund: 'PUBLIC_REVENUE',
        },
      });
      expect(await okAs(graph, REVERSE, Role.OWNERS_COMMITTEE, { input })).toEqual(reversal);
      const refusals: [Record<string, unknown>, Role, { message: string; code: string }][] = [
        [{ entryId: expense.id, reason: '再次冲销同一分录' }, Role.OWNERS_COMMITTEE, { message: 'This entry has already been reversed; record the right figure as a new entry.', code: 'CONFLICT' }],
        [{ entryId: reversal.reverseOwnersFundEntry.id, reason: '冲销冲销分录' }, Role.OWNERS_COMMITTEE, { message: 'A reversal is not itself reversed; record the right figure as a new entry.', code: 'BAD_USER_INPUT' }],
        [{ entryId: earlier.id, reason: '街道不能冲销' }, Role.STREET, { message: "Only an owners' committee in office, acting for its own neighborhood, may record this.", code: 'FORBIDDEN' }],
        [{ entryId: '00000000-0000-4000-8000-000000000000', reason: '不存在的分录' }, Role.OWNERS_COMMITTEE, { message: 'No OwnersFundEntry with id "00000000-0000-4000-8000-000000000000" is visible to you.', code: 'NOT_FOUND' }],
      ];
      for (const [variables, role, error] of refusals) {
        expect(errorOf(await graph.graphql(REVERSE, { token: graph.tokens.get(role)!, variables: { input: variables } }))).toEqual([error]);
      }

      const verified = await okAs<{ verifyOwnersFundNotice: Record<string, unknown> }>(graph, VERIFY, Role.RESIDENT, { code: published.notice.verificationCode });
      expect(verified.verifyOwnersFundNotice).toMatchObject({ status: 'SUPERSEDED', genuine: true, inForce: false, supersededAt: expect.any(String) });
      expect(Math.abs(Date.parse(verified.verifyOwnersFundNotice.supersededAt as string) - graph.clock.now().getTime())).toBeLessThan(60_000);
      const page = await (await fetch(origin() + published.notice.publicPath)).text();
      expect(page).toContain('更正（红字冲销），以更正后的台账及其后各期公示为准');
      expect(page).toMatch(/紧急情况：化粪池外溢，影响一楼住户；已于\d{4}年\d{1,2}月\d{1,2}日红字冲销/);

      const ledger = await okAs<{ neighborhood: { ownersFundLedger: { fund: string; balance: string }[] } }>(
        graph,
        `query($id: ID!) { neighborhood(id: $id) { ownersFundLedger { fund balance } } }`,
        Role.OWNERS_COMMITTEE,
        { id: neighborhood.id },
      );
      expect(ledger.neighborhood.ownersFundLedger[1]).toEqual({ fund: 'PUBLIC_REVENUE', balance: resolutionEntry ? '-1500.00' : '0.00' });

      // The next quarter's notice lists the reversal, with what it reverses and why.
      const next = quarterOf(graph.clock.now());
      // Five minutes after the end an entry of its last moment may still be committing: not yet.
      graph.clock.set(new Date(next.end.getTime() + 5 * 60_000));
      const early = await graph.graphql(PUBLISH_FUND_NOTICE, { token: graph.tokens.get(Role.OWNERS_COMMITTEE)!, variables: { input: { period: next.label, place: '小区公告栏' } } });
      expect(errorOf(early)).toEqual([{ message: 'This period has not ended yet, or ended less than 10 minutes ago: publish its notice after that (China time).', code: 'BAD_USER_INPUT' }]);
      graph.clock.set(new Date(next.end.getTime() + DAY_MS));
      const { publishOwnersFundNotice } = await okAs<{ publishOwnersFundNotice: { verificationCode: string } }>(graph, PUBLISH_FUND_NOTICE, Role.OWNERS_COMMITTEE, {
        input: { period: next.label, place: '小区公告栏', postedDays: 30 },
      });
      const facts = await ownersFacts(publishOwnersFundNotice.verificationCode);
      expect(facts.accounts).toEqual([
        { fund: 'MAINTENANCE_FUND', opening: '-87000.50', income: '0.00', spending: '0.00', closing: '-87000.50' },
        { fund: 'PUBLIC_REVENUE', opening: resolutionEntry ? '-1800.00' : '-300.00', income: '300.00', spending: '0.00', closing: resolutionEntry ? '-1500.00' : '0.00' },
      ]);
      expect(facts.entries).toEqual([
        expect.objectContaining({ kind: 'PUBLIC_REVENUE_EXPENSE', change: '300.00', reverses: { recordedAt: expect.any(String), reason: input.reason }, reversedAt: null }),
      ]);
      expect(facts.status).toBe('IN_FORCE');
    });
  });
});
