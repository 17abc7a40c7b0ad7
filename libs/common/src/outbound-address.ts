import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where the server may send its own requests (unit webhooks): public unicast addresses only,
 * unless an allow-list (WEBHOOK_ALLOWED_HOSTS) names the host or its network. Otherwise a webhook
 * URL is a door into the intranet (blind SSRF): 127.0.0.1, 169.254.169.254 (cloud metadata),
 * 10.x, fd00::/8... The URL parser already turns 2130706433, 0x7f.1 and 0177.0.0.1 into
 * 127.0.0.1; IPv4-mapped IPv6 (::ffff:127.0.0.1) is unwrapped here. Range names come from ipaddr.js.
 */

export class OutboundAddressRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutboundAddressRefused';
  }
}

export interface OutboundAllowList {
  hostnames: Set<string>;
  networks: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
}

/** Ports a public webhook may use; an allow-listed host may use any. */
const PUBLIC_PORTS = new Set([80, 443, 8080, 8443]);

/** Parses "robot.intranet.gov.cn, 10.8.0.0/16, 192.168.1.5" (validated at start by the config schema). */
export function parseAllowList(setting: string): OutboundAllowList {
  const list: OutboundAllowList = { hostnames: new Set(), networks: [] };
  for (const raw of setting.split(',')) {
    const entry = raw
      .trim()
      .toLowerCase()
      .replace(/^\[|\]$/g, '');
    if (!entry) continue;
    if (entry.includes('/')) list.networks.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const address = ipaddr.parse(entry);
      list.networks.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else list.hostnames.add(entry);
  }
  return list;
}

/** The address as IPv4 when it is an IPv4-mapped IPv6 one, so ::ffff:10.0.0.1 is judged as 10.0.0.1. */
function unwrap(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address()
    : address;
}

function inNetworks(address: ipaddr.IPv4 | ipaddr.IPv6, list: OutboundAllowList): boolean {
  return list.networks.some(([network, bits]) => {
    const candidate = address.kind() === network.kind() ? address : unwrap(address);
    // Same kind checked first, so the IPv4/IPv6 overloads of match() line up.
    return (
      candidate.kind() === network.kind() && (candidate as ipaddr.IPv4).match(network as ipaddr.IPv4, bits)
    );
  });
}

/**
 * Why an address may not be reached, or null when it may. Anything ipaddr.js does not call plain
 * "unicast" is refused: private, loopback, link-local (metadata), unique-local, carrier-grade NAT,
 * multicast, broadcast, unspecified, reserved and the IPv6 forms that embed an IPv4 address
 * (6to4, Teredo, NAT64, the old IPv4-compatible ::a.b.c.d), which could point anywhere; of IPv6 only
 * global unicast (2000::/3) passes, and a few special-purpose networks are refused besides (NOT_GLOBAL).
 */
export function refusedAddressReason(ip: string, list: OutboundAllowList): string | null {
  if (!ipaddr.isValid(ip)) return `${ip} is not an IP address`;
  const parsed = ipaddr.parse(ip);
  if (inNetworks(parsed, list)) return null;
  const address = unwrap(parsed);
  const range = address.range();
  if (range !== 'unicast') return `${address.toString()} is a ${RANGE_NAMES[range] ?? range} address`;
  const special = NOT_GLOBAL.find(([network, bits]) => sameKindMatch(address, network, bits));
  if (special) return `${address.toString()} is ${special[2]}`;
  if (address.kind() === 'ipv6' && !sameKindMatch(address, GLOBAL_UNICAST_V6[0], GLOBAL_UNICAST_V6[1]))
    return `${address.toString()} is not a global unicast IPv6 address (2000::/3)`;
  return null;
}

function sameKindMatch(
  address: ipaddr.IPv4 | ipaddr.IPv6,
  network: ipaddr.IPv4 | ipaddr.IPv6,
  bits: number,
): boolean {
  return address.kind() === network.kind() && (address as ipaddr.IPv4).match(network as ipaddr.IPv4, bits);
}

/** Every routable IPv6 address is here; ipaddr.js calls much outside it "unicast" too. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * Special-purpose networks (IANA registries) that ipaddr.js calls plain "unicast" but that are not
 * public hosts: the IPv4-compatible ::a.b.c.d (::127.0.0.1), 100::/64 and the local NAT64 prefix
 * 64:ff9b:1::/48 are outside 2000::/3 and refused by that rule; these are inside it, or IPv4.
 */
const NOT_GLOBAL: Array<[ipaddr.IPv4 | ipaddr.IPv6, number, string]> = [
  [...ipaddr.parseCIDR('198.18.0.0/15'), 'a benchmarking address (often used inside networks)'],
  [...ipaddr.parseCIDR('2001::/23'), 'an IETF protocol address'],
  [...ipaddr.parseCIDR('3fff::/20'), 'a documentation address'],
];

const RANGE_NAMES: Record<string, string> = {
  private: 'private',
  loopback: 'loopback',
  linkLocal: 'link-local (cloud metadata lives here)',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'carrier-grade NAT',
  multicast: 'multicast',
  broadcast: 'broadcast',
  unspecified: 'unspecified',
  reserved: 'reserved',
};

export interface CheckedTarget {
  url: URL;
  /** The host without IPv6 brackets. */
  host: string;
  port: number;
  /** True when the allow-list names the host: any address and port are then accepted. */
  allowListed: boolean;
}

/**
 * Checks what can be checked without the network: the scheme, an IP-literal host and its port.
 * Hostnames are checked by `resolveAndCheck` (save time) and `guardedLookup` (send time).
 */
export function checkOutboundUrl(target: string, list: OutboundAllowList): CheckedTarget {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new OutboundAddressRefused('url must be an http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new OutboundAddressRefused('url must be an http(s) URL');
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const allowListed = list.hostnames.has(host) || (isIP(host) !== 0 && inNetworks(ipaddr.parse(host), list));
  if (allowListed) return { url, host, port, allowListed };
  if (isIP(host)) {
    const reason = refusedAddressReason(host, list);
    if (reason) throw refusal(host, reason);
    assertPublicPort(port);
  }
  return { url, host, port, allowListed };
}

/** A public robot listens on a web port; any other port of a public host is refused. */
function assertPublicPort(port: number): void {
  if (!PUBLIC_PORTS.has(port))
    throw new OutboundAddressRefused(
      `port ${port} is not allowed for a webhook (use 80, 443, 8080 or 8443, or ask the operator to add the host to WEBHOOK_ALLOWED_HOSTS)`,
    );
}

function refusal(host: string, reason: string): OutboundAddressRefused {
  return new OutboundAddressRefused(
    `webhook host ${host} is not allowed: ${reason}; only public addresses can be reached unless the operator adds the host to WEBHOOK_ALLOWED_HOSTS`,
  );
}

/**
 * One answer whether the name does not resolve or resolves to an internal address: two answers
 * told an admin which internal names exist (penetration test, stop 53).
 */
const NOT_PUBLIC = 'it does not resolve to a public address';

type Resolver = (host: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/** Save-time check: the URL, then every address its hostname resolves to must be allowed. */
export async function resolveAndCheck(
  target: string,
  list: OutboundAllowList,
  resolver: Resolver = systemResolver,
): Promise<CheckedTarget> {
  const checked = checkOutboundUrl(target, list);
  if (checked.allowListed || isIP(checked.host)) return checked;
  let addresses: LookupAddress[];
  try {
    addresses = await resolver(checked.host);
  } catch {
    throw refusal(checked.host, NOT_PUBLIC);
  }
  assertAllAllowed(checked.host, checked.port, addresses, list);
  return checked;
}

/** Every address must be allowed; the port must be a web port unless every address is allow-listed. */
function assertAllAllowed(
  host: string,
  port: number,
  addresses: LookupAddress[],
  list: OutboundAllowList,
): void {
  if (addresses.length === 0) throw refusal(host, NOT_PUBLIC);
  for (const { address } of addresses) {
    // The resolved address is not echoed: an admin must not be able to map internal names to IPs.
    if (refusedAddressReason(address, list)) throw refusal(host, NOT_PUBLIC);
  }
  if (!addresses.every(({ address }) => inNetworks(ipaddr.parse(address), list))) assertPublicPort(port);
}

/**
 * Send-time check, as the http agent's `lookup`: resolves, refuses when any address is not
 * allowed, and hands the socket exactly the addresses it checked, so a DNS answer that changes
 * between the check and the connection (DNS rebinding) cannot slip an internal address in.
 */
export function guardedLookup(list: OutboundAllowList, port: number): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      try {
        if (!list.hostnames.has(hostname.toLowerCase())) assertAllAllowed(hostname, port, addresses, list);
      } catch (refused) {
        return callback(refused as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
