import { Router, type Request } from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { consolePage } from './console-page.js';
import type { ConsoleTokenSource } from './console-tokens.js';

const require = createRequire(import.meta.url);
const packageFolder = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The browser files of the console, each from its npm package (pinned in package-lock.json). */
const ASSETS: Record<string, string> = {
  'graphiql.min.js': join(packageFolder('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': join(packageFolder('graphiql'), 'graphiql.min.css'),
  'react.production.min.js': join(packageFolder('react'), 'umd', 'react.production.min.js'),
  'react-dom.production.min.js': join(packageFolder('react-dom'), 'umd', 'react-dom.production.min.js'),
};

/** A browser opening the endpoint (not a GraphQL client sending a GET operation). */
function wantsPage(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' && !('query' in req.query);
}

/**
 * The development console: GET /graphql from a browser serves GraphiQL with a role picker, `/` redirects to it,
 * and the picker's tokens come from `tokens`. The gateway mounts these routes only outside production.
 */
export function createConsoleRoutes(tokens: ConsoleTokenSource): Router {
  const router = Router();
  router.get('/', (_req, res) => res.redirect(302, '/graphql'));
  router.get('/graphql', (req, res, next) => {
    if (!wantsPage(req)) return next();
    res.type('html').set('cache-control', 'no-store').send(consolePage());
  });
  router.get('/console/assets/:file', (req, res) => {
    const file = ASSETS[String(req.params.file)];
    if (!file) res.status(404).end();
    else res.sendFile(file, { maxAge: '1d' });
  });
  router.get('/console/tokens.json', async (_req, res, next) => {
    try {
      res.set('cache-control', 'no-store').json(await tokens());
    } catch (error) {
      next(error);
    }
  });
  return router;
}
