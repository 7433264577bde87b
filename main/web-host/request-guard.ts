import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE_PREFIX = 'corroborate_token_';

export type GuardVerdict =
  | { allowed: true; via: 'header' | 'cookie' | 'query' }
  | { allowed: false; status: 403 | 401; reason: string };

/**
 * Decides whether a request may reach the browser host. Only loopback names on our own port
 * are accepted as Host, and only one of them (this defeats DNS rebinding); an Origin other than
 * our own, or fetch metadata saying another site or origin sent the request, is refused; and
 * every request must carry the random token: as a bearer header, as the cookie set when the
 * printed URL is first opened, or (only for that first page load) as `?token=`.
 */
export function checkRequest(
  request: IncomingMessage,
  expected: { port: number; token: string },
): GuardVerdict {
  const allowedHosts = new Set([`127.0.0.1:${expected.port}`, `localhost:${expected.port}`]);
  const host = request.headers.host ?? '';
  // Node keeps the first of several Host headers; a second one is never sent by a browser.
  const hostHeaders = request.rawHeaders.filter(
    (name, index) => index % 2 === 0 && name.toLowerCase() === 'host',
  ).length;
  if (hostHeaders > 1) {
    return { allowed: false, status: 403, reason: 'Refused: more than one Host header.' };
  }
  if (!allowedHosts.has(host.toLowerCase())) {
    return {
      allowed: false,
      status: 403,
      reason: `Refused: unexpected Host header "${host.slice(0, 100)}".`,
    };
  }
  const origin = request.headers.origin;
  const originHost = /^http:\/\/(.*)$/i.exec(origin ?? '')?.[1]?.toLowerCase() ?? '';
  if (origin !== undefined && !allowedHosts.has(originHost)) {
    return {
      allowed: false,
      status: 403,
      reason: `Refused: cross-origin request from "${origin.slice(0, 100)}".`,
    };
  }
  // Another port on localhost is the same site: SameSite cookies go there, so refuse it too.
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return { allowed: false, status: 403, reason: `Refused: ${fetchSite.slice(0, 20)} request.` };
  }

  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (bearer !== undefined && sameToken(bearer, expected.token))
    return { allowed: true, via: 'header' };
  const cookie = readCookie(request.headers.cookie, `${TOKEN_COOKIE_PREFIX}${expected.port}`);
  if (cookie !== undefined && sameToken(cookie, expected.token))
    return { allowed: true, via: 'cookie' };
  const query = parseRequestUrl(request.url)?.searchParams.get('token');
  if (query != null && sameToken(query, expected.token)) return { allowed: true, via: 'query' };

  return {
    allowed: false,
    status: 401,
    reason: 'Refused: missing or wrong token. Open the URL that `npm run serve` printed.',
  };
}

/** The request target as a URL on loopback, or null if it cannot be parsed. */
export function parseRequestUrl(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
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
