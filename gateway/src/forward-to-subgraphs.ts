import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GATEWAY_SECRET_HEADER } from '../../subgraphs/platform/access/gateway-secret.js';
import { REQUEST_ID_HEADER } from '../../subgraphs/platform/http/subgraph-server.js';
import type { GatewayContext } from './gateway-context.js';

/**
 * A subgraph that does not answer in time fails its part of the plan instead of holding the request. The abort
 * becomes an ordinary Error: the gateway rewrites error messages, which a DOMException does not allow.
 */
function fetchWithTimeout(timeoutMs: number): Fetcher {
  return (async (input: string, init?: RequestInit) => {
    try {
      return await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const message =
        (error as Error).name === 'TimeoutError'
          ? `A service behind the gateway did not answer within ${timeoutMs} ms. Try again later.`
          : 'A service behind the gateway could not be reached. Try again later.';
      throw new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
  }) as unknown as Fetcher;
}

/**
 * How the gateway calls a subgraph: it forwards the caller's own token (each subgraph verifies it itself) and the
 * request id, and adds this subgraph's own gateway secret. Any Federation 2 router can be configured to do the same.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, private readonly gatewaySecret: string, timeoutMs: number) {
    super({ url, fetcher: fetchWithTimeout(timeoutMs) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    request.http?.headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    if ('authorization' in context && context.authorization) request.http?.headers.set('authorization', context.authorization);
    if ('requestId' in context && context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  /**
   * A subgraph answers 4xx with a GraphQL error body when it refuses a request (e.g. a variable its custom scalar
   * rejects). Pass that error on as the subgraph stated it, instead of a generic "400: Bad Request" that would
   * expose the subgraph's address.
   */
  override async errorFromResponse(response: Awaited<ReturnType<Fetcher>>): Promise<GraphQLError> {
    const body = (await response.json().catch(() => null)) as { errors?: { message?: string; extensions?: { code?: string } }[] } | null;
    const first = body?.errors?.[0];
    if (response.status < 500 && first?.message && first.extensions?.code) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
    }
    return new GraphQLError('A service behind the gateway failed. Try again later.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
