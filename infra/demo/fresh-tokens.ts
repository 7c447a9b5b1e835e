import pg from 'pg';
import { Role } from '../../subgraphs/platform/access/role.js';
import { grantFollowsContracts, MAX_GRANT_AGE_SECONDS } from '../../subgraphs/platform/access/grant-age.js';
import type { TokenIssuer } from '../../subgraphs/platform/access/token-issuer.js';
import type { DemoCaller } from './demo-tokens.js';

/** How long the demo tokens of roles whose grant does not follow contracts last. */
export const DEMO_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;

/** Fresh demo tokens on demand: what the identity side does in development (the GraphiQL page calls it too). */
export interface FreshTokenSource {
  /**
   * A token for the demo caller of `role`, signed now; a company's grant is its contracts in force today. `subject`
   * names another caller with the same claims (the benchmark's distinct callers).
   */
  token(role: Role, subject?: string): Promise<string>;
  /** How long a token of `role` is honoured after issue, in seconds. */
  lifetimeSeconds(role: Role): number;
}

/** The neighborhoods a company holds a contract for today, read from the property subgraph's contracts. */
export type ContractsInForce = (companyId: string) => Promise<string[]>;

/** Contracts in force, from the property schema (the same condition as the property subgraph's `activeOn`). */
export function contractsInForceFrom(databaseUrl: string): ContractsInForce {
  return async (companyId) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ neighborhood_id: string }>(
        `select distinct neighborhood_id from property.service_contract
          where company_id = $1 and starts_on <= current_date
            and (coalesce(ended_on, ends_on) is null or coalesce(ended_on, ends_on) > current_date)
          order by neighborhood_id`,
        [companyId],
      );
      return rows.map((row) => row.neighborhood_id);
    } finally {
      await client.end();
    }
  };
}

/**
 * Issues the demo callers' tokens fresh. A property company's grant is derived, at each issue, from the contracts
 * in force, and its token is honoured for MAX_GRANT_AGE_SECONDS (platform/access/grant-age.ts): a company whose
 * contract ended gets a token without that neighborhood, and its older tokens stop working within the bound.
 */
export function createFreshTokenSource(issuer: TokenIssuer, callers: readonly DemoCaller[], contractsInForce: ContractsInForce): FreshTokenSource {
  const lifetimeSeconds = (role: Role) => (grantFollowsContracts(role) ? MAX_GRANT_AGE_SECONDS : DEMO_TOKEN_LIFETIME_SECONDS);
  return {
    lifetimeSeconds,
    async token(role, subject) {
      const caller = callers.find((candidate) => candidate.role === role);
      if (!caller) throw new Error(`No demo caller has the role ${role}.`);
      let claims = caller.claims;
      if (grantFollowsContracts(role) && caller.claims.org) {
        claims = { ...claims, grant: { neighborhoodIds: await contractsInForce(caller.claims.org) } };
      }
      return issuer.issue(subject ?? caller.subject, claims, { expiresIn: lifetimeSeconds(role) });
    },
  };
}

/** Whether a text names a role, by explicit membership. */
export function isRole(value: string): value is Role {
  return (Object.values(Role) as string[]).includes(value);
}

/** One fresh token per demo caller, as `npm start` prints them. */
export async function issueFreshTokens(source: FreshTokenSource, callers: readonly DemoCaller[]): Promise<Map<Role, string>> {
  const tokens = new Map<Role, string>();
  for (const caller of callers) tokens.set(caller.role, await source.token(caller.role));
  return tokens;
}
