import { Router } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { isId } from '../../../platform/ids/id.js';
import { Neighborhood } from './neighborhood.entity.js';
import { Community } from '../community/community.entity.js';
import { Street } from '../street/street.entity.js';
import { District } from '../district/district.entity.js';
import type { NoticePlace } from '../../../platform/notice/published-notice.js';

/**
 * `GET /public/neighborhoods/:id`: a neighborhood's name, address and the names of the places above it, for the
 * heading of a published 公示 notice. Place names and addresses are public facts; nothing about people is here.
 */
export function createNeighborhoodPublicRoutes(orm: MikroORM): Router {
  const router = Router();
  router.get('/neighborhoods/:id', async (req, res, next) => {
    try {
      const id = String(req.params.id);
      const em = orm.em.fork() as EntityManager;
      const neighborhood = isId(id) ? await em.findOne(Neighborhood, { id: id.toLowerCase() }) : null;
      if (!neighborhood) {
        res.status(404).json({ error: 'No neighborhood has this id.' });
        return;
      }
      const [community, street, district] = await Promise.all([
        em.findOneOrFail(Community, { id: neighborhood.communityId }),
        em.findOneOrFail(Street, { id: neighborhood.streetId }),
        em.findOneOrFail(District, { id: neighborhood.districtId }),
      ]);
      res.json({ name: neighborhood.name, address: neighborhood.address, community: community.name, street: street.name, district: district.name } satisfies NoticePlace);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
