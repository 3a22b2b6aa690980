import { isIP } from 'node:net';

/**
 * Which proxies in front of the API Express may believe about the client (`X-Forwarded-For`, `-Proto`, `-Host`):
 * `false` (none: the socket's peer is the client), a number of hops, or a list of proxy addresses and CIDR ranges
 * (and Express's names `loopback`, `linklocal`, `uniquelocal`).
 */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `TRUST_PROXY` as Express's `trust proxy` setting, or the problem with it. */
export function parseTrustProxy(raw: string): { value: TrustProxy } | { problem: string } {
  const text = raw.trim().toLowerCase();
  if (text === 'false' || text === '0' || text === 'no') {
    return { value: false };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 32 ? { value: hops } : { problem: 'a hop count must be between 0 and 32' };
  }
  const items = text.split(',').map((item) => item.trim());
  const bad = items.filter((item) => !isProxyAddress(item));
  if (bad.length > 0) {
    return {
      problem: `must be false, a hop count (e.g. 1) or a comma-separated list of proxy addresses or CIDR ranges (e.g. 10.0.0.0/8, 127.0.0.1); not ${bad.map((item) => JSON.stringify(item)).join(', ')}`,
    };
  }
  return { value: items };
}

function isProxyAddress(item: string): boolean {
  if (NAMED_RANGES.has(item)) {
    return true;
  }
  const [address = '', prefix, ...rest] = item.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) {
    return false;
  }
  if (prefix === undefined) {
    return true;
  }
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  return bits >= 0 && bits <= (family === 4 ? 32 : 128);
}
