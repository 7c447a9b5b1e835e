import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_SECRET_HEADER } from '../../subgraphs/platform/access/gateway-secret.js';
import { REQUEST_ID_HEADER } from '../../subgraphs/platform/http/subgraph-server.js';
import type { GatewayContext } from './gateway-context.js';

/**
 * How the gateway calls a subgraph: it forwards the caller's own token (each subgraph verifies it itself) and the
 * request id, and adds the gateway secret. Any Federation 2 router can be configured to do the same.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, private readonly gatewaySecret: string) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    request.http?.headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    if ('authorization' in context && context.authorization) request.http?.headers.set('authorization', context.authorization);
    if ('requestId' in context && context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}
