import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE_PREFIX = 'corroborate_token_';

export type GuardVerdict =
  | { allowed: true; via: 'header' | 'cookie' | 'query' }
  | { allowed: false; status: 403 | 401; reason: string };

/**
 * Decides whether a request may reach the browser host. Only loopback names on our own port
 * are accepted as Host (this defeats DNS rebinding), a cross-site Origin is refused, and every
 * request must carry the random token: as a bearer header, as the cookie set when the printed
 * URL is first opened, or (only for that first page load) as `?token=`.
 */
export function checkRequest(
  request: IncomingMessage,
  expected: { port: number; token: string },
): GuardVerdict {
  const allowedHosts = new Set([`127.0.0.1:${expected.port}`, `localhost:${expected.port}`]);
  const host = request.headers.host ?? '';
  if (!allowedHosts.has(host.toLowerCase())) {
    return {
      allowed: false,
      status: 403,
      reason: `Refused: unexpected Host header "${host.slice(0, 100)}".`,
    };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.has(origin.toLowerCase().replace(/^http:\/\//, ''))) {
    return {
      allowed: false,
      status: 403,
      reason: `Refused: cross-origin request from "${origin.slice(0, 100)}".`,
    };
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    return { allowed: false, status: 403, reason: 'Refused: cross-site request.' };
  }

  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (bearer !== undefined && sameToken(bearer, expected.token))
    return { allowed: true, via: 'header' };
  const cookie = readCookie(request.headers.cookie, `${TOKEN_COOKIE_PREFIX}${expected.port}`);
  if (cookie !== undefined && sameToken(cookie, expected.token))
    return { allowed: true, via: 'cookie' };
  const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('token');
  if (query !== null && sameToken(query, expected.token)) return { allowed: true, via: 'query' };

  return {
    allowed: false,
    status: 401,
    reason: 'Refused: missing or wrong token. Open the URL that `npm run serve` printed.',
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
