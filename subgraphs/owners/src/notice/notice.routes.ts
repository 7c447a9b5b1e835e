import { Router } from 'express';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { findPublishedNotice } from './resolution-notice.service.js';
import { findPublishedFundNotice } from '../fund-notice/fund-notice.service.js';

/**
 * `GET /public/notices/:code` and `GET /public/fund-notices/:code`: the facts of a published notice as JSON, for the gateway to typeset. Mounted behind
 * the gateway secret but without a caller's token: a published 公示 is public by law, and an unpublished resolution
 * answers 404 like a code that matches nothing.
 */
export function createNoticeRoutes(orm: MikroORM): Router {
  const router = Router();
  router.get('/notices/:code', async (req, res, next) => {
    try {
      const notice = await findPublishedNotice(orm.em.fork() as EntityManager, String(req.params.code).slice(0, 40));
      if (!notice) res.status(404).json({ error: 'No published resolution has this verification code.' });
      else res.json(notice);
    } catch (error) {
      next(error);
    }
  });
  router.get('/fund-notices/:code', async (req, res, next) => {
    try {
      const notice = await findPublishedFundNotice(orm.em.fork() as EntityManager, String(req.params.code).slice(0, 40));
      if (!notice) res.status(404).json({ error: 'No published fund-use notice has this verification code.' });
      else res.json(notice);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
