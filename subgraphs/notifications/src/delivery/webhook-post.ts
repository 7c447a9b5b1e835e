import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { addressAllowed, classifyAddress } from './address-class.js';

/** A delivery refused before any connection: the host is, or resolves to, an address deliveries may not reach. */
export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
}

/**
 * The DNS lookup every delivery connects through: it resolves the host name, refuses the connection when any
 * address it resolves to is not allowed (private, loopback, link-local, CGNAT, multicast, reserved), and hands the
 * socket exactly the addresses it checked, so a second lookup (DNS rebinding) cannot swap them.
 */
export function checkedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (addresses.length === 0 || addresses.some((entry) => !addressAllowed(entry.address, allowLoopback))) {
        return callback(new BlockedAddressError('the host resolves to an address deliveries may not reach'), '', 0);
      }
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

export interface WebhookPostOptions {
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowLoopback: boolean;
}

/**
 * POSTs one delivery and resolves with the status code. Never follows a redirect (a 3xx is an answer, not a
 * success), connects only to checked addresses (an IP literal is checked here, a host name in `checkedLookup`),
 * and gives up after `timeoutMs`.
 */
export function postWebhook(rawUrl: string, options: WebhookPostOptions): Promise<number> {
  const url = new URL(rawUrl);
  const literal = classifyAddress(url.hostname);
  if (literal !== null && !addressAllowed(url.hostname, options.allowLoopback)) {
    return Promise.reject(new BlockedAddressError('the URL names an address deliveries may not reach'));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'POST',
      headers: { ...options.headers, 'content-length': Buffer.byteLength(options.body) },
      lookup: checkedLookup(options.allowLoopback),
      agent: false,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}
