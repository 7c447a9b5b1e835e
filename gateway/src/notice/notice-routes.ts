import { Router, type Request, type Response } from 'express';
import { GATEWAY_SECRET_HEADER } from '../../../subgraphs/platform/access/gateway-secret.js';
import type { NoticePlace, PublishedNotice } from '../../../subgraphs/platform/notice/published-notice.js';
import type { Logger } from '../../../subgraphs/platform/logging/logger.js';
import type { PublishedFundNotice } from '../../../subgraphs/platform/notice/published-fund-notice.js';
import { noticeDocument, type NoticeDocument } from './notice-document.js';
import { fundNoticeDocument } from './fund-notice-document.js';
import { noticeHtml } from './notice-html.js';
import { noticePdf } from './notice-pdf.js';
import { NOTICE_FONT_WOFF2 } from './notice-font.js';

export interface NoticeRouteOptions {
  /** Where a subgraph's `/graphql` listens, by name. */
  subgraphUrl(name: string): string;
  /** The secret the gateway presents to that subgraph. */
  secretFor(name: string): string;
  logger: Logger;
  timeoutMs: number;
  /** The origin printed in the notice's link (PUBLIC_ORIGIN or the gateway's own address), never the Host header. */
  publicOrigin(): string;
}

const FONT_PATH = '/notices/assets/noto-sans-sc.woff2';
const CODE = /^[0-9A-Za-z-]{12,16}$/;

function notFoundPage(res: Response, what: { zh: string; en: string }): void {
  res.status(404).type('html').send(
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>无此公示</title>' +
      `<p>没有与此核验码对应的已公示${what.zh}。请核对核验码；仍无结果的，该公示不是真实的。</p>` +
      `<p>No published ${what.en} has this verification code.</p></html>`,
  );
}

/** One kind of notice: where it is served, where its facts come from, how it is typeset. */
interface NoticeKind<Facts extends { code: string; neighborhoodId: string }> {
  /** Its path on the gateway and on the owners subgraph's public routes, e.g. `notices`. */
  path: string;
  what: { zh: string; en: string };
  document(facts: Facts, place: NoticePlace, verifyUrl: string): NoticeDocument;
}

const RESOLUTION_NOTICE: NoticeKind<PublishedNotice> = { path: 'notices', what: { zh: '决议', en: 'resolution' }, document: noticeDocument };
const FUND_NOTICE: NoticeKind<PublishedFundNotice> = { path: 'fund-notices', what: { zh: '资金使用情况', en: 'fund-use notice' }, document: fundNoticeDocument };

/**
 * Published 公示 notices, open to anyone: `/notices/<code>` (resolutions) and `/fund-notices/<code>` (fund use per
 * period) as A4 HTML, each with `.pdf`. The owners subgraph says whether the code names a published notice and gives
 * its facts; the registry gives the neighborhood's names; the gateway typesets both. Nothing unpublished is served.
 */
export function createNoticeRoutes(options: NoticeRouteOptions): Router {
  async function fetchPublic<T>(name: string, path: string): Promise<T | null> {
    const base = options.subgraphUrl(name).replace(/\/graphql\/?$/, '');
    const response = await fetch(`${base}/public${path}`, {
      headers: { [GATEWAY_SECRET_HEADER]: options.secretFor(name) },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`${name} answered ${response.status} for a public notice`);
    return (await response.json()) as T;
  }

  const router = Router();
  router.get(FONT_PATH, (_req, res) => res.sendFile(NOTICE_FONT_WOFF2, { maxAge: '7d' }));
  function serve<Facts extends { code: string; neighborhoodId: string }>(kind: NoticeKind<Facts>): void {
    router.get(`/${kind.path}/:file`, async (req: Request, res: Response) => {
      const file = String(req.params.file);
      const pdf = file.endsWith('.pdf');
      const code = pdf ? file.slice(0, -4) : file;
      if (!CODE.test(code)) return notFoundPage(res, kind.what);
      try {
        const facts = await fetchPublic<Facts>('owners', `/${kind.path}/${encodeURIComponent(code)}`);
        const place = facts && (await fetchPublic<NoticePlace>('registry', `/neighborhoods/${facts.neighborhoodId}`));
        if (!facts || !place) return notFoundPage(res, kind.what);
        const document = kind.document(facts, place, `${options.publicOrigin()}/${kind.path}/${facts.code}`);
        res.set('cache-control', 'no-cache');
        if (pdf) {
          res.type('application/pdf').set('content-disposition', `inline; filename="${kind.path.replace(/s$/, '')}-${facts.code}.pdf"`).send(await noticePdf(document));
        } else {
          res.type('html').send(noticeHtml(document, FONT_PATH, `/${kind.path}/${facts.code}.pdf`));
        }
      } catch (error) {
        options.logger.error({ err: error }, 'notice failed');
        res.status(502).type('text').send('The notice could not be prepared. Try again later.');
      }
    });
  }
  serve(RESOLUTION_NOTICE);
  serve(FUND_NOTICE);
  return router;
}
