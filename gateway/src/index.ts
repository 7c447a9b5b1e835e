import { readFile } from 'node:fs/promises';
import { optionalVariable, portVariable, readAuthConfig } from '../../subgraphs/platform/config/environment.js';
import { readGatewaySecrets } from './gateway-secrets.js';
import { createTokenVerifier } from '../../subgraphs/platform/access/token-verifier.js';
import { createLogger } from '../../subgraphs/platform/logging/logger.js';
import { environmentName } from '../../subgraphs/platform/federation/subgraph-module.js';
import { SUBGRAPH_NAMES } from './subgraph-names.js';
import { SUPERGRAPH_FILE } from './composition/schema-files.js';
import { startGateway } from './gateway.js';
import { readGatewayLimits } from './limits.js';
import { readGatewayEngine } from './gateway-engine.js';
import { demoTokensFromFile } from './console/console-tokens.js';
import path from 'node:path';
import { readPublicOrigin } from './notice/public-origin.js';

// The gateway process: configuration from the environment, then listen. Stops cleanly on SIGINT/SIGTERM.
try {
  const env = process.env;
  const gatewaySecrets = readGatewaySecrets(env);
  const subgraphUrls: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const url = env[environmentName(name, 'URL')];
    if (url) subgraphUrls[name] = url;
  }
  const logger = createLogger('gateway', optionalVariable(env, 'LOG_LEVEL', 'info'));
  const running = await startGateway(
    {
      engine: readGatewayEngine(env),
      supergraphSdl: await readFile(optionalVariable(env, 'SUPERGRAPH_PATH', SUPERGRAPH_FILE), 'utf8'),
      subgraphUrls,
      gatewaySecrets,
      verifyToken: await createTokenVerifier(readAuthConfig(env)),
      logger,
      introspection: env.NODE_ENV !== 'production',
      publicOrigin: readPublicOrigin(env),
      // The console only outside production, with the demo tokens `npm start` saved.
      console: env.NODE_ENV === 'production' ? undefined : demoTokensFromFile(optionalVariable(env, 'DEMO_TOKENS_FILE', path.resolve(env.DATA_DIR ?? '.data', 'demo-tokens.json'))),
      limits: readGatewayLimits(env),
    },
    portVariable(env, 'GATEWAY_PORT', 4000),
    optionalVariable(env, 'HOST', '127.0.0.1'),
  );
  logger.info({ url: running.url, engine: readGatewayEngine(env) }, 'gateway listening');
  const shutdown = async () => {
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(`gateway: ${(error as Error).message}`);
  process.exit(1);
}
