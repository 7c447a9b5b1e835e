import type { Caller } from '../../subgraphs/platform/access/caller.js';

/** Per-request state of the gateway: the verified caller and what is forwarded to subgraphs. */
export interface GatewayContext {
  requestId: string;
  authorization: string;
  caller: Caller;
}
