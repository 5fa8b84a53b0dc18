/**
 * Which machines the fetcher may talk to. A slot URL, a redirect or a DNS answer can point at the
 * user's own machine or network (a router's admin page, a database without a password, a cloud
 * machine's metadata service that hands out credentials): the fetcher would read it and write it
 * into the corpus. So it talks only to public addresses. The rule (a judgement, kept here):
 *
 *   refused                       IPv4                                   IPv6
 *   metadata services             169.254.169.254, 169.254.170.2,        fd00:ec2::254
 *                                 100.100.100.200
 *   loopback (this machine)       127.0.0.0/8, the name localhost        ::1
 *   unspecified ("this network")  0.0.0.0/8                              ::
 *   private networks              10/8, 172.16/12, 192.168/16,           fc00::/7 (unique local),
 *                                 100.64/10 (carrier-grade NAT)          fec0::/10 (site-local)
 *   link-local                    169.254.0.0/16                         fe80::/10
 *   multicast, reserved           224.0.0.0/4, 240.0.0.0/4,              ff00::/8
 *                                 192.0.0.0/24, 198.18.0.0/15
 *
 * An IPv6 address that carries an IPv4 one (::ffff:a.b.c.d, 64:ff9b::a.b.c.d, 2002:AABB:CCDD::) is
 * judged by that IPv4 address. The check is made on the URL's host before connecting, on the
 * addresses DNS gives for a name (so a public name that resolves to 127.0.0.1 is refused too), and
 * again on every redirect. `allowLocal: true` (the commands' `--allow-local`) lifts it, for a test
 * server on the same machine; `allowLocal: ["127.0.0.1"]` lifts it for those addresses only.
 */
import * as dns from "dns";
import * as net from "net";
import { FetchError } from "./fetch-error";

/** What the fetcher may connect to. */
export interface AddressPolicy {
  /**
   * Allow addresses that are not public (a local test server): every one (true), or only those listed
   * (IP addresses). Default false.
   */
  allowLocal?: boolean | string[];
}

/** Why the policy refuses an address (a host name or IP), or null when it allows it. */
function refusedBy(policy: AddressPolicy, host: string): string | null {
  if (policy.allowLocal === true) return null;
  const bare = host.replace(/^\[|\]$/g, "");
  if (Array.isArray(policy.allowLocal) && policy.allowLocal.includes(bare)) return null;
  if (net.isIP(bare) === 0)
    return bare === "localhost" || bare.endsWith(".localhost") ? "a loopback address (this machine)" : null;
  return blockedAddress(bare);
}

type Range = [string, number, "ipv4" | "ipv6"];

const KINDS: Array<[string, Range[]]> = [
  [
    "a cloud metadata service",
    [
      ["169.254.169.254", 32, "ipv4"],
      ["169.254.170.2", 32, "ipv4"],
      ["100.100.100.200", 32, "ipv4"],
      ["fd00:ec2::254", 128, "ipv6"],
    ],
  ],
  [
    "a loopback address (this machine)",
    [
      ["127.0.0.0", 8, "ipv4"],
      ["::1", 128, "ipv6"],
    ],
  ],
  [
    "an unspecified address",
    [
      ["0.0.0.0", 8, "ipv4"],
      ["::", 128, "ipv6"],
    ],
  ],
  [
    "a private network address",
    [
      ["10.0.0.0", 8, "ipv4"],
      ["172.16.0.0", 12, "ipv4"],
      ["192.168.0.0", 16, "ipv4"],
      ["100.64.0.0", 10, "ipv4"],
      ["fc00::", 7, "ipv6"],
      ["fec0::", 10, "ipv6"],
    ],
  ],
  [
    "a link-local address",
    [
      ["169.254.0.0", 16, "ipv4"],
      ["fe80::", 10, "ipv6"],
    ],
  ],
  [
    "a multicast or reserved address",
    [
      ["224.0.0.0", 4, "ipv4"],
      ["240.0.0.0", 4, "ipv4"],
      ["192.0.0.0", 24, "ipv4"],
      ["198.18.0.0", 15, "ipv4"],
      ["ff00::", 8, "ipv6"],
    ],
  ],
];

const LISTS: Array<[string, net.BlockList]> = KINDS.map(([what, ranges]) => {
  const list = new net.BlockList();
  for (const [address, prefix, type] of ranges) list.addSubnet(address, prefix, type);
  return [what, list];
});

/** The IPv4 address an IPv6 address carries (NAT64 64:ff9b::/96, 6to4 2002::/16), or null. */
function embeddedIpv4(ip: string): string | null {
  const groups = expandIpv6(ip);
  if (!groups) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0))
    return v4(groups[6], groups[7]);
  if (groups[0] === 0x2002) return v4(groups[1], groups[2]);
  return null;
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail read as two groups), or null. */
function expandIpv6(ip: string): number[] | null {
  let s = ip.replace(/%.*$/, "");
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number);
    s = `${s.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = s.split("::");
  const left = head ? head.split(":") : [];
  const right = rest === undefined ? [] : rest ? rest.split(":") : [];
  const fill = rest === undefined ? 0 : 8 - left.length - right.length;
  const parts = [...left, ...Array(Math.max(0, fill)).fill("0"), ...right];
  return parts.length === 8 ? parts.map((p) => Number.parseInt(p, 16)) : null;
}

/**
 * Why the fetcher may not connect to an IP address (see the rule in this module's header), or null
 * when it is a public address.
 *
 * @example blockedAddress("127.0.0.1") // "a loopback address (this machine)"
 * @example blockedAddress("169.254.169.254") // "a cloud metadata service"
 * @example blockedAddress("::ffff:10.0.0.5") // "a private network address"
 * @example blockedAddress("93.184.216.34") // null
 */
export function blockedAddress(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, "");
  const family = net.isIP(bare);
  if (family === 0) return null;
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const [what, list] of LISTS) if (list.check(bare, type)) return what;
  const inner = family === 6 ? embeddedIpv4(bare) : null;
  return inner ? blockedAddress(inner) : null;
}

/** The error for a refused address: not retried, and it names the way to allow a local test server. */
function refused(url: string, host: string, why: string, address?: string): FetchError {
  const at = address && address !== host ? ` (${host} resolves to ${address})` : "";
  return new FetchError(
    "blocked",
    url,
    `refused: ${host} is ${why}${at} — the fetcher reads public sources only; ` +
      "for a test server on this machine pass --allow-local",
  );
}

/**
 * Checks a URL's host before connecting: an IP address that is not public, or the name localhost,
 * is refused unless the policy allows local addresses.
 *
 * @example checkUrlHost(new URL("http://127.0.0.1/x"), {}) // throws FetchError "blocked"
 * @throws {FetchError} kind "blocked"
 */
export function checkUrlHost(u: URL, policy: AddressPolicy): void {
  const why = refusedBy(policy, u.hostname);
  if (why) throw refused(u.toString(), u.hostname, why);
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A DNS lookup for `http.get` that refuses a name whose addresses are not public (each address DNS
 * gives is checked: the connection can go to any of them).
 *
 * @example http.get(url, { lookup: guardedLookup(url, {}) })
 */
export function guardedLookup(
  url: string,
  policy: AddressPolicy,
): (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => void {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      for (const a of addresses) {
        const why = refusedBy(policy, a.address);
        if (why) return callback(refused(url, hostname, why, a.address) as unknown as NodeJS.ErrnoException, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}
