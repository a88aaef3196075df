import { lookup as dnsLookup } from 'node:dns';
import { BlockList, type LookupFunction, isIP } from 'node:net';
import { Agent } from 'undici';

/**
 * Addresses no receiver on the internet has: this machine, the local network, the cloud's
 * metadata service (169.254.169.254), multicast and reserved ones. IPv4-mapped IPv6 addresses
 * (`::ffff:127.0.0.1`) match the IPv4 ranges.
 */
const notPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  notPublic.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  notPublic.addSubnet(network, prefix, 'ipv6');

export const isPublicAddress = (address: string): boolean =>
  !notPublic.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** Why a request was not made: the host is, or resolves to, an address that is not public. */
export class NotPublicError extends Error {
  readonly code = 'ENOTPUBLIC';
  constructor(readonly address: string) {
    super(`${address} is not a public address`);
  }
}

/** The URL's host when it is an address that is not public; hostnames are checked on lookup. */
export function notPublicHost(url: string): string | undefined {
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) && !isPublicAddress(host) ? host : undefined;
}

/**
 * dns.lookup that fails when any address a name resolves to is not public. The connection is
 * made to the very address checked here, so a name that resolves to a public address for the
 * check and to 127.0.0.1 a moment later (DNS rebinding) gains nothing.
 */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find(({ address }) => !isPublicAddress(address));
    if (refused) return callback(new NotPublicError(refused.address), '', 0);
    if (options.all) return callback(null, addresses as never, 0);
    const [first] = addresses;
    return callback(null, first!.address, first!.family);
  });
};

/** Connects only to public addresses; for URLs a site's admin, not the operator, chose. */
export const publicOnlyAgent = new Agent({ connect: { lookup: publicLookup } });
