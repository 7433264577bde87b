import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkRequest, readCookie, TOKEN_COOKIE_PREFIX } from './request-guard';

const port = 4321;
const token = 'a'.repeat(43);

function request(headers: Record<string, string>, url = '/'): IncomingMessage {
  return { headers, url } as unknown as IncomingMessage;
}

describe('checkRequest', () => {
  const cases: Array<{
    name: string;
    headers: Record<string, string>;
    url?: string;
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
  ];

  it.each(cases)('$name', ({ headers, url, expected }) => {
    const verdict = checkRequest(request(headers, url), { port, token });
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
