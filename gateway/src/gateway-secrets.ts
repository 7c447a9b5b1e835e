import { ConfigurationError, requireVariable, type Environment } from '../../subgraphs/platform/config/environment.js';
import { environmentName } from '../../subgraphs/platform/federation/subgraph-module.js';
import { SUBGRAPH_NAMES } from './subgraph-names.js';

/**
 * The secret the gateway presents to each subgraph, from `<NAME>_GATEWAY_SECRET` (REGISTRY_GATEWAY_SECRET …): one
 * per subgraph, as Apollo advises, so a secret that leaks from one subgraph opens no other. All are required, 32+
 * characters, and all different.
 */
export function readGatewaySecrets(env: Environment): Record<string, string> {
  const secrets: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const variable = environmentName(name, 'GATEWAY_SECRET');
    const secret = requireVariable(env, variable, `the secret the ${name} subgraph accepts (its GATEWAY_SECRET), sent to it in x-gateway-secret.`);
    if (secret.length < 32) throw new ConfigurationError(`${variable} must be at least 32 characters long.`);
    if (Object.values(secrets).includes(secret)) throw new ConfigurationError(`${variable} equals another subgraph's secret: give every subgraph its own.`);
    secrets[name] = secret;
  }
  return secrets;
}
