import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must not reach unless private targets are allowed: a tenant chooses the
 * URL, and without this check it could make cxgraph call its own host, the cloud metadata
 * service (169.254.169.254) or anything else on the internal network (SSRF).
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** True for loopback, private, link-local and other non-public addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // BlockList matches an IPv4-mapped IPv6 address (::ffff:127.0.0.1) against the IPv4 rules.
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type HostResolver = (hostname: string) => Promise<string[]>;

const resolveHost: HostResolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Why a request to this URL is refused, or undefined when it may be sent. Every address the name
 * resolves to must be public, since the connection may use any of them. The name is resolved
 * again when fetch connects, so a DNS server that answers differently the second time (DNS
 * rebinding) is not stopped here: fetch has no hook to pin the checked address, so firewall egress
 * rules of the deployment remain the defence in depth.
 */
export async function refusedTarget(url: string, allowPrivateTargets: boolean, resolve: HostResolver = resolveHost): Promise<string | undefined> {
  if (allowPrivateTargets) return undefined;
  const hostname = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = isIP(hostname) ? [hostname] : await resolve(hostname);
  } catch (error) {
    return `could not resolve ${hostname}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
  const blocked = addresses.find(isPrivateAddress);
  if (blocked === undefined) return undefined;
  const where = blocked === hostname ? `${hostname} is` : `${hostname} resolves to ${blocked},`;
  return `refused: ${where} a loopback, private or link-local address (webhooks may only call public addresses)`;
}
