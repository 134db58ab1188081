/**
 * Which IP addresses a user-supplied URL may reach. Anything that is not a public unicast address
 * (private, loopback, link-local, unique-local, multicast, unspecified, reserved, documentation,
 * carrier-grade NAT) is refused, so an uploaded URL cannot make the bot probe its own network.
 */
import { isIP } from 'node:net';

/** IPv4 ranges that are not publicly routable, as [first octets, prefix length]. */
const BLOCKED_V4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network", includes the unspecified address
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.31.196.0', 24], // AS112
  ['192.52.193.0', 24], // AMT
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['192.175.48.0', 24], // AS112 direct delegation
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes broadcast
];

function v4ToNumber(address: string): number {
  return address.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function inV4Range(address: string, base: string, prefix: number): boolean {
  const size = 2 ** (32 - prefix);
  return Math.floor(v4ToNumber(address) / size) === Math.floor(v4ToNumber(base) / size);
}

function isBlockedV4(address: string): boolean {
  return BLOCKED_V4.some(([base, prefix]) => inV4Range(address, base, prefix));
}

/** An IPv6 address as eight 16-bit groups; handles "::" and a dotted IPv4 tail. */
function v6Groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/^\[|\]$/g, '');
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = v4ToNumber(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 && missing !== 0) return null;
  if (missing < 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function embeddedV4(groups: readonly number[]): string {
  const hi = groups[6]!;
  const lo = groups[7]!;
  return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
}

/**
 * IPv6: only global unicast (2000::/3) is reachable, minus its special-purpose blocks; the two
 * forms that carry an IPv4 address to a public IPv4 host (IPv4-mapped and the well-known NAT64
 * prefix) are judged by that IPv4 address. Everything else — loopback, unspecified, the
 * IPv4-compatible and SIIT (::ffff:0:a.b.c.d) forms, local-use NAT64 (64:ff9b:1::/48), discard,
 * unique-local, link-local, site-local and multicast — lies outside 2000::/3 and is refused.
 */
function isBlockedV6(address: string): boolean {
  const g = v6Groups(address);
  if (!g) return true;
  const [g0, g1, g2, g3, g4, g5] = g as [number, number, number, number, number, number, number, number];
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return isBlockedV4(embeddedV4(g)); // ::ffff:a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return isBlockedV4(embeddedV4(g)); // NAT64 64:ff9b::/96
  if ((g0 & 0xe000) !== 0x2000) return true; // not global unicast
  if (g0 === 0x2001 && g1 < 0x0200) return true; // 2001::/23 IETF protocol assignments: Teredo 2001::/32, benchmarking, ORCHID
  if (g0 === 0x2001 && g1 === 0x0db8) return true; // 2001:db8::/32 documentation
  if (g0 === 0x3fff && g1 < 0x1000) return true; // 3fff::/20 documentation
  if (g0 === 0x2002) return isBlockedV4(`${g1 >> 8}.${g1 & 0xff}.${g2 >> 8}.${g2 & 0xff}`); // 6to4 wraps an IPv4
  return false;
}

/** True when the address is anything but a public unicast address (or is not an IP at all). */
export function isNonPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.split('%')[0] ?? '');
  if (family === 4) return isBlockedV4(bare);
  if (family === 6) return isBlockedV6(bare);
  return true;
}
