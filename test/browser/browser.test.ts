import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { Role } from '../../subgraphs/platform/access/role.js';
import { demoScenario } from '../../infra/demo/demo-tokens.js';
import type { RunningServer } from '../../subgraphs/platform/http/subgraph-server.js';
import { startGraph, type GraphStack } from '../harness/graph-stack.js';
import { chromiumPath, describeWithBrowser } from './chromium.js';
import { publishNextQuarter } from '../harness/fund-period.js';

/** Screenshots and files the tests saw, kept for a person to look at (BROWSER_ARTIFACTS, else a temporary folder). */
const artifacts = process.env.BROWSER_ARTIFACTS ?? mkdtempSync(join(tmpdir(), 'browser-test-'));
/** A browser on a shared two-core machine: pages take seconds, not milliseconds. */
const BROWSER_TIMEOUT_MS = 120_000;

interface PublishedResolution {
  title: string;
  approvingOwners: number;
  publication: object | null;
  notice: { verificationCode: string; publicPath: string | null };
}

/** A published resolution of the demo neighborhood, as a resident reads it. */
async function publishedResolution(graph: GraphStack): Promise<PublishedResolution> {
  const { neighborhood } = demoScenario(graph.plan);
  const listed = await graph.graphql<{ neighborhood: { resolutions: PublishedResolution[] } }>(
    `query($id: ID!) { neighborhood(id: $id) { resolutions { title approvingOwners publication { place } notice { verificationCode publicPath } } } }`,
    { token: graph.tokens.get(Role.RESIDENT)!, variables: { id: neighborhood.id } },
  );
  expect(listed.body.errors).toBeUndefined();
  return listed.body.data!.neighborhood.resolutions.find((candidate) => candidate.publication)!;
}

describeWithBrowser('in a real browser (chromium)', () => {
  let graph: GraphStack;
  let consoleGateway: RunningServer;
  let browser: Browser;
  let origin: string;
  let resolution: PublishedResolution;

  beforeAll(async () => {
    graph = await startGraph();
    // A gateway as `npm start` runs it in development: introspection on, the console serving the demo tokens.
    consoleGateway = await graph.startGateway({ introspection: true, console: async () => [...graph.tokens].map(([role, token]) => ({ role, token })) });
    origin = new URL(consoleGateway.url).origin;
    resolution = await publishedResolution(graph);
    browser = await puppeteer.launch({ executablePath: chromiumPath()!, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await consoleGateway?.stop();
    await graph?.stop();
  });

  it('opens the console from /, picks a role, runs a query and shows its data', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      // Anything fetched over the network from elsewhere than the gateway (GraphiQL's inline data: fonts are no fetch).
      if (/^https?:/.test(request.url()) && !request.url().startsWith(origin)) outside.push(request.url());
    });
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(origin + '/', { waitUntil: 'networkidle0' });
    expect(page.url()).toBe(`${origin}/graphql`);
    await page.waitForSelector('#role[data-ready="true"]');
    const roles = await page.$$eval('#role option', (options) => options.map((option) => option.textContent!.split(' ')[0]));
    expect(roles).toEqual([...graph.tokens.keys()]);
    // Picked by its label, as a person does: the harness re-issues its tokens every minute, so the token the page
    // listed may already differ from the one in graph.tokens, and selecting by that value would pick nothing.
    const picked = await page.$eval('#role', (select, role) => {
      const option = [...(select as HTMLSelectElement).options].find((candidate) => candidate.text.startsWith(`${role} `))!;
      return option.value;
    }, Role.PROPERTY_COMPANY);
    expect(await page.select('#role', picked)).toEqual([picked]);
    // The schema docs load through introspection with the picked token.
    await page.waitForSelector('.graphiql-execute-button');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"districts"'), { timeout: 30_000 });
    const result = await page.$eval('.result-window', (element) => element.textContent ?? '');
    expect(result).toContain(graph.plan.district.name);
    const { neighborhood } = demoScenario(graph.plan);
    expect(result).toContain(neighborhood.name);
    // The property company sees only the neighborhoods it serves.
    const unserved = graph.plan.neighborhoods.find((candidate) => !graph.plan.propertyCompanies[0].neighborhoodIds.includes(candidate.id))!;
    expect(result).not.toContain(`"${unserved.name}"`);
    await page.screenshot({ path: join(artifacts, 'console.png') });
    // The schema docs: the explorer lists the root types from introspection.
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForFunction(() => document.querySelector('.graphiql-doc-explorer')?.textContent?.includes('Query'), { timeout: 30_000 });
    await page.screenshot({ path: join(artifacts, 'console-docs.png') });
    expect(outside).toEqual([]);
    await page.close();
  }, BROWSER_TIMEOUT_MS);

  it('renders a published notice as A4 HTML with the Chinese font, and its PDF text extracts in Chinese', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const page = await browser.newPage();
    await page.goto(origin + resolution.notice.publicPath!, { waitUntil: 'networkidle0' });
    const text = await page.$eval('main', (element) => (element as HTMLElement).innerText);
    expect(text).toContain(`${neighborhood.name}业主大会决议公示`);
    expect(text).toContain(resolution.title);
    expect(text).toContain(`同意人数\t${resolution.approvingOwners} 人`);
    expect(text).toContain(resolution.notice.verificationCode);
    expect(text).toContain('本决议现行有效');
    // The page's font is the one the gateway serves from npm, loaded and used.
    expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('16px "Noto Sans SC"', '业主')))).toBe(true);
    await page.screenshot({ path: join(artifacts, 'notice.png'), fullPage: true });
    writeFileSync(join(artifacts, 'notice-print.pdf'), await page.pdf({ format: 'A4' }));
    await page.close();

    const pdf = Buffer.from(await (await fetch(`${origin}${resolution.notice.publicPath}.pdf`)).arrayBuffer());
    const file = join(artifacts, 'notice.pdf');
    writeFileSync(file, pdf);
    const extracted = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(extracted).toContain(`${neighborhood.name}业主大会决议公示`);
    expect(extracted).toContain(resolution.title);
    expect(extracted).toContain('参与表决面积');
    expect(extracted).toContain('特此公示。');
    expect(extracted).toContain(resolution.notice.verificationCode);
  }, BROWSER_TIMEOUT_MS);

  it('renders a fund-use notice (资金使用情况公示) with its entries, and its PDF text extracts in Chinese', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const fund = await publishNextQuarter(graph);
    const page = await browser.newPage();
    await page.goto(origin + fund.notice.publicPath, { waitUntil: 'networkidle0' });
    const text = await page.$eval('main', (element) => (element as HTMLElement).innerText);
    expect(text).toContain(`${neighborhood.name}专项维修资金和公共收益使用情况公示`);
    expect(text).toContain('本公示所列收支与台账一致，现行有效');
    expect(text).toContain('专项维修资金\t0.00 元\t0.00 元\t86000.50 元\t-86000.50 元');
    for (const entry of fund.entries) {
      expect(text).toContain(entry.purpose);
      expect(text).toContain(`紧急情况：${entry.emergencyReason}`);
    }
    expect(text).toContain(fund.notice.verificationCode);
    await page.screenshot({ path: join(artifacts, 'fund-notice.png'), fullPage: true });
    await page.close();

    const pdf = Buffer.from(await (await fetch(`${origin}${fund.notice.publicPath}.pdf`)).arrayBuffer());
    const file = join(artifacts, 'fund-notice.pdf');
    writeFileSync(file, pdf);
    const extracted = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(extracted).toContain(`${neighborhood.name}专项维修资金和公共收益使用情况公示`);
    expect(extracted).toContain('期初余额');
    expect(extracted).toContain('化粪池清掏');
    expect(extracted).toContain('特此公示。');
    expect(extracted).toContain(fund.notice.verificationCode);
  }, BROWSER_TIMEOUT_MS);
});
