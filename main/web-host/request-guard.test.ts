import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkRequest, readCookie, TOKEN_COOKIE_PREFIX } from './request-guard';

const port = 4321;
const token = 'a'.repeat(43);

function request(
  headers: Record<string, string>,
  url = '/',
  rawHeaders: string[] = Object.entries(headers).flat(),
): IncomingMessage {
  return { headers, url, rawHeaders } as unknown as IncomingMessage;
}

describe('checkRequest', () => {
  const cases: Array<{
    name: string;
    headers: Record<string, string>;
    url?: string;
    rawHeaders?: string[];
    expected: ReturnType<typeof checkRequest> | { allowed: false; status: number };
  }> = [
    {
      name: 'bearer token on loopback',
      headers: { host: `127.0.0.1:${port}`, authorization: `Bearer ${token}` },
      expected: { allowed: true, via: 'header' },
    },
    {
      name: 'localhost host name',
      headers: { host: `localhost:${port}`, authorization: `Bearer ${token}` },
      expected: { allowed: true, via: 'header' },
    },
    {
      name: 'cookie token',
      headers: {
        host: `127.0.0.1:${port}`,
        cookie: `other=1; ${TOKEN_COOKIE_PREFIX}${port}=${token}`,
      },
      expected: { allowed: true, via: 'cookie' },
    },
    {
      name: 'query token',
      headers: { host: `127.0.0.1:${port}` },
      url: `/?token=${token}`,
      expected: { allowed: true, via: 'query' },
    },
    {
      name: 'no token',
      headers: { host: `127.0.0.1:${port}` },
      expected: { allowed: false, status: 401 },
    },
    {
      name: 'wrong token',
      headers: { host: `127.0.0.1:${port}`, authorization: `Bearer ${'b'.repeat(43)}` },
      expected: { allowed: false, status: 401 },
    },
    {
      name: 'token prefix only',
      headers: { host: `127.0.0.1:${port}`, authorization: `Bearer ${token.slice(0, 10)}` },
      expected: { allowed: false, status: 401 },
    },
    {
      name: 'cookie of another port',
      headers: { host: `127.0.0.1:${port}`, cookie: `${TOKEN_COOKIE_PREFIX}9999=${token}` },
      expected: { allowed: false, status: 401 },
    },
    {
      name: 'foreign Host (DNS rebinding)',
      headers: { host: 'evil.example', authorization: `Bearer ${token}` },
      expected: { allowed: false, status: 403 },
    },
    {
      name: 'loopback host on another port',
      headers: { host: '127.0.0.1:80', authorization: `Bearer ${token}` },
      expected: { allowed: false, status: 403 },
    },
    {
      name: 'missing Host',
      headers: { authorization: `Bearer ${token}` },
      expected: { allowed: false, status: 403 },
    },
    {
      name: 'foreign Origin',
      headers: {
        host: `127.0.0.1:${port}`,
        origin: 'https://evil.example',
        authorization: `Bearer ${token}`,
      },
      expected: { allowed: false, status: 403 },
    },
    {
      name: 'same Origin',
      headers: {
        host: `127.0.0.1:${port}`,
        origin: `http://127.0.0.1:${port}`,
        authorization: `Bearer ${token}`,
      },
      expected: { allowed: true, via: 'header' },
    },
    {
      name: 'cross-site fetch metadata',
      headers: {
        host: `127.0.0.1:${port}`,
        'sec-fetch-site': 'cross-site',
        cookie: `${TOKEN_COOKIE_PREFIX}${port}=${token}`,
      },
      expected: { allowed: false, status: 403 },
    },
    // Regressions found by the hostile catalogue (hostile-requests.reliability.ts):
    {
      name: 'a second, foreign Host header behind ours',
      headers: { host: `127.0.0.1:${port}`, authorization: `Bearer ${token}` },
      rawHeaders: ['Host', `127.0.0.1:${port}`, 'Host', 'evil.example'],
      expected: { allowed: false, status: 403 },
    },
    {
      name: 'an Origin of our host without a scheme',
      headers: {
        host: `127.0.0.1:${port}`,
        origin: `127.0.0.1:${port}`,
        authorization: `Bearer ${token}`,
      },
      expected: { allowed: false, status: 403 },
    },
    {
      name: 'Origin null',
      headers: { host: `127.0.0.1:${port}`, origin: 'null', authorization: `Bearer ${token}` },
      expected: { allowed: false, status: 403 },
    },
    {
      name: 'same-site fetch metadata (another port on localhost gets SameSite cookies)',
      headers: {
        host: `localhost:${port}`,
        'sec-fetch-site': 'same-site',
        cookie: `${TOKEN_COOKIE_PREFIX}${port}=${token}`,
      },
      expected: { allowed: false, status: 403 },
    },
    {
      name: 'same-origin fetch metadata',
      headers: {
        host: `localhost:${port}`,
        'sec-fetch-site': 'same-origin',
        cookie: `${TOKEN_COOKIE_PREFIX}${port}=${token}`,
      },
      expected: { allowed: true, via: 'cookie' },
    },
    {
      name: 'a request target that is not a URL, without the token',
      headers: { host: `127.0.0.1:${port}` },
      url: 'http://[',
      expected: { allowed: false, status: 401 },
    },
  ];

  it.each(cases)('$name', ({ headers, url, rawHeaders, expected }) => {
    const verdict = checkRequest(request(headers, url, rawHeaders), { port, token });
    expect(verdict).toMatchObject(expected);
  });
});

describe('readCookie', () => {
  it.each([
    ['a=1; b=2', 'b', '2'],
    ['a=1;b=x=y', 'b', 'x=y'],
    ['a=1', 'b', undefined],
    [undefined, 'a', undefined],
  ])('%s -> %s', (header, name, expected) => {
    expect(readCookie(header, name)).toBe(expected);
  });
});
