import type { DemoCaller } from '../demo/demo-tokens.js';
import type { Role } from '../../subgraphs/platform/access/role.js';

export const EXAMPLE_QUERY = `query DistrictMap {
  districts(first: 5) {
    nodes {
      name
      streets {
        name
        communities {
          name
          neighborhoods { name kind }
        }
      }
    }
  }
}`;

/** What `npm start` prints once everything is up: where the gateway is, how to call it, and a token per role. */
export function banner(
  gatewayUrl: string,
  engine: string,
  callers: DemoCaller[],
  tokens: Map<Role, string>,
  tokensFile: string,
  lifetimeSeconds: (role: Role) => number,
): string {
  const lasts = (role: Role) => {
    const seconds = lifetimeSeconds(role);
    return seconds >= 86_400 ? `${Math.round(seconds / 86_400)} days` : `${Math.round(seconds / 60)} minutes: its grant follows its contracts`;
  };
  const body = JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') });
  const lines = [
    '',
    '================================================================================',
    ` Gateway ready: ${gatewayUrl} (engine: ${engine}; GATEWAY_ENGINE=apollo|hive)`,
    '================================================================================',
    '',
    'Demo tokens (also saved to ' + tokensFile + '); a fresh one at any time: npm run token -- ROLE',
    '',
    ...callers.flatMap((caller) => [`  ${caller.role} — ${caller.description} (lasts ${lasts(caller.role)})`, `    ${tokens.get(caller.role)}`, '']),
    'Example: the demo district\'s streets, communities and neighborhoods, as the district office:',
    '',
    `  curl -s ${gatewayUrl} \\`,
    "    -H 'content-type: application/json' \\",
    `    -H "authorization: Bearer ${tokens.get('DISTRICT' as Role)}" \\`,
    `    -d '${body}'`,
    '',
    'The same query with the PROPERTY_COMPANY token shows only the neighborhoods that company serves.',
    'More example operations: README.md, "Calling the graph". Press Ctrl-C to stop everything.',
    '',
  ];
  return lines.join('\n');
}
