import http from 'node:http';
import pg from 'pg';
import { Role } from '../subgraphs/platform/access/role.js';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/platform/access/gateway-secret.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { testGatewaySecret } from './harness/test-keys.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
}, 180_000);
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const origin = () => new URL(graph.gatewayUrl).origin;

interface ListedResolution {
  id: string;
  title: string;
  outcome: string;
  decidedAt: string;
  publication: { place: string } | null;
  notice: { verificationCode: string; publicPath: string | null };
}

async function demoResolutions(role: Role): Promise<ListedResolution[]> {
  const { neighborhood } = demoScenario(graph.plan);
  const response = await graph.graphql<{ neighborhood: { resolutions: ListedResolution[] } }>(
    `query($id: ID!) { neighborhood(id: $id) { resolutions { id title outcome decidedAt publication { place } notice { verificationCode publicPath } } } }`,
    { token: token(role), variables: { id: neighborhood.id } },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.neighborhood.resolutions;
}

const VERIFY = `query($code: String!) { verifyResolutionNotice(code: $code) { status genuine inForce title outcome decidedAt correctedByCode publicPath } }`;

describe('公示 notices', () => {
  it('gives each resolution a code, and a public link once it is published', async () => {
    const resolutions = await demoResolutions(Role.OWNERS_COMMITTEE);
    expect(resolutions.length).toBeGreaterThan(0);
    for (const resolution of resolutions) {
      expect(resolution.notice.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(resolution.notice.publicPath).toBe(resolution.publication ? `/notices/${resolution.notice.verificationCode}` : null);
    }
    // Property companies read published resolutions only, with the same code.
    const published = resolutions.filter((resolution) => resolution.publication);
    expect((await demoResolutions(Role.PROPERTY_COMPANY)).map((resolution) => resolution.notice)).toEqual(published.map((resolution) => resolution.notice));
  });

  it('confirms a published code to any caller, typed loosely, and never an unpublished or made-up one', async () => {
    const resolutions = await demoResolutions(Role.OWNERS_COMMITTEE);
    const published = resolutions.find((resolution) => resolution.publication)!;
    const typed = published.notice.verificationCode.toLowerCase().replace(/-/g, ' ');
    const confirmed = await graph.graphql(VERIFY, { token: token(Role.JOINT_UNIT), variables: { code: typed } });
    expect(confirmed.body).toEqual({
      data: {
        verifyResolutionNotice: {
          status: 'IN_FORCE',
          genuine: true,
          inForce: true,
          title: published.title,
          outcome: published.outcome,
          decidedAt: published.decidedAt,
          correctedByCode: null,
          publicPath: published.notice.publicPath,
        },
      },
    });
    const unknown = { status: 'UNKNOWN', genuine: false, inForce: false, title: null, outcome: null, decidedAt: null, correctedByCode: null, publicPath: null };
    const code = published.notice.verificationCode;
    const altered = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    for (const candidate of [altered, 'not a code', '']) {
      const answer = await graph.graphql(VERIFY, { token: token(Role.RESIDENT), variables: { code: candidate } });
      expect(answer.body).toEqual({ data: { verifyResolutionNotice: unknown } });
    }
    const unpublished = resolutions.find((resolution) => !resolution.publication);
    if (unpublished) {
      const answer = await graph.graphql(VERIFY, { token: token(Role.DISTRICT), variables: { code: unpublished.notice.verificationCode } });
      expect(answer.body).toEqual({ data: { verifyResolutionNotice: unknown } });
    }
  });

  it('serves a published notice to anyone as A4 HTML and PDF, and nothing else', async () => {
    const resolutions = await demoResolutions(Role.OWNERS_COMMITTEE);
    const published = resolutions.find((resolution) => resolution.publication)!;
    const html = await fetch(origin() + published.notice.publicPath!);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await html.text();
    const { neighborhood } = demoScenario(graph.plan);
    expect(page).toContain(`<h1>${neighborhood.name}业主大会决议公示</h1>`);
    expect(page).toContain(published.notice.verificationCode);
    expect(page).toContain('@page { size: A4;');
    const pdf = await fetch(`${origin()}${published.notice.publicPath}.pdf`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const font = await fetch(`${origin()}/notices/assets/noto-sans-sc.woff2`);
    expect([font.status, (await font.arrayBuffer()).byteLength > 1_000_000]).toEqual([200, true]);

    const unpublished = resolutions.find((resolution) => !resolution.publication);
    const missing = [`${origin()}/notices/ZZZZ-ZZZZ-ZZZZ`, `${origin()}/notices/<script>`, ...(unpublished ? [`${origin()}/notices/${unpublished.notice.verificationCode}.pdf`] : [])];
    for (const url of missing) {
      const response = await fetch(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('<script>');
    }
  });

  it('keeps the subgraphs\' public routes behind the gateway secret', async () => {
    const owners = graph.subgraphs.get('owners')!.url.replace(/\/graphql$/, '');
    const code = (await demoResolutions(Role.OWNERS_COMMITTEE)).find((resolution) => resolution.publication)!.notice.verificationCode;
    const refused = await fetch(`${owners}/public/notices/${code}`);
    expect([refused.status, await refused.json()]).toEqual([
      401,
      { errors: [{ message: 'This service accepts requests only through the gateway.', extensions: { code: 'UNAUTHENTICATED' } }] },
    ]);
    const admitted = await fetch(`${owners}/public/notices/${code}`, { headers: { [GATEWAY_SECRET_HEADER]: testGatewaySecret('owners') } });
    expect(admitted.status).toBe(200);
    expect(Object.keys(await admitted.json()).sort()).toEqual([
      'approvalThreshold', 'approvingArea', 'approvingOwners', 'category', 'code', 'codeVersion', 'committee', 'correctedByCode', 'correctionReason', 'correctsCode',
      'decidedAt', 'neighborhoodId', 'outcome', 'participatingArea', 'participatingOwners', 'publicationDueBy', 'publicationPlace', 'publishedAt',
      'publishedOnTime', 'quorumMet', 'quorumThreshold', 'ruleSet', 'special', 'status', 'title', 'totalArea', 'totalOwners',
    ]);
  });

  it('names the rule set the assembly was convened under, and the code covers it (version 2)', async () => {
    const published = (await demoResolutions(Role.OWNERS_COMMITTEE)).find((resolution) => resolution.publication)!;
    const owners = graph.subgraphs.get('owners')!.url.replace(/\/graphql$/, '');
    const facts = await fetch(`${owners}/public/notices/${published.notice.verificationCode}`, { headers: { [GATEWAY_SECRET_HEADER]: testGatewaySecret('owners') } });
    expect(await facts.json()).toMatchObject({ ruleSet: '民法典第二百七十八条', codeVersion: 2 });
    const page = await (await fetch(origin() + published.notice.publicPath!)).text();
    expect(page).toContain('适用民法典第二百七十八条（召集业主大会时确定）');

    // A record whose rule set differs from the one the posted copy was derived from no longer confirms that copy.
    const admin = new pg.Client({ connectionString: graph.adminDatabaseUrl });
    await admin.connect();
    const tamper = (label: string) =>
      admin.query(`begin; alter table owners.resolution disable trigger user; update owners.resolution set rule_set_label = '${label}' where id = '${published.id}'; alter table owners.resolution enable trigger user; commit;`);
    try {
      await tamper('某市业主大会表决规则（第9版）');
      const answer = await graph.graphql(VERIFY, { token: token(Role.RESIDENT), variables: { code: published.notice.verificationCode } });
      expect(answer.body).toEqual({ data: { verifyResolutionNotice: { status: 'UNKNOWN', genuine: false, inForce: false, title: null, outcome: null, decidedAt: null, correctedByCode: null, publicPath: null } } });
    } finally {
      await tamper('民法典第二百七十八条');
      await admin.end();
    }
    const restored = await graph.graphql<{ verifyResolutionNotice: { status: string } }>(VERIFY, { token: token(Role.RESIDENT), variables: { code: published.notice.verificationCode } });
    expect(restored.body.data!.verifyResolutionNotice.status).toBe('IN_FORCE');
  });

  it('prints links from the configured origin, whatever Host header the request carries', async () => {
    const published = (await demoResolutions(Role.OWNERS_COMMITTEE)).find((resolution) => resolution.publication)!;
    const page = await new Promise<string>((resolve, reject) => {
      const request = http.get(origin() + published.notice.publicPath!, { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } }, (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text));
      });
      request.on('error', reject);
    });
    expect(page).toContain(`${origin()}/notices/${published.notice.verificationCode}`);
    expect(page).not.toContain('evil.example');
  });

  it('keeps the console off where the gateway was started without it (production)', async () => {
    const page = await fetch(graph.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(401);
    expect((await fetch(origin() + '/', { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(origin() + '/console/tokens.json')).status).toBe(404);
  });
});
