import {
  http,
  requestParts,
  type CatalogueContext,
  type Header,
  type HostileRequest,
} from './hostile-http';
import { hostilePayloads } from './hostile-payload-catalogue';
import { TOKEN_COOKIE_PREFIX } from './request-guard';

/** Every hostile request: who may not ask (here), then what may not be asked (payloads). */
export function hostileCatalogue(c: CatalogueContext): HostileRequest[] {
  return [...hostileCallers(c), ...hostilePayloads(c)];
}

/** Requests refused for who sends them: no token, a foreign Host or Origin, another site. */
function hostileCallers(c: CatalogueContext): HostileRequest[] {
  const { own, host, bearer, cookie, json, list, save, note } = requestParts(c);
  const withToken = (hostHeader: string): string =>
    http('GET', '/', [['Host', hostHeader], bearer]);
  /** A write as a browser on another origin sends it: cookie attached, Origin its own. */
  const write = (method: string, origin: string): string =>
    http(method, save, [host, cookie, json, ['Origin', origin]], note);
  const form = (type: string, body: string, headers: Header[]): string =>
    http('POST', save, [host, cookie, ['Content-Type', type], ...headers], body);
  const crossSite: Header[] = [
    ['Origin', 'http://evil.example'],
    ['Sec-Fetch-Site', 'cross-site'],
  ];
  const websocket = (path: string, origin: string): string =>
    http('GET', path, [
      host,
      cookie,
      ['Upgrade', 'websocket'],
      ['Connection', 'Upgrade'],
      ['Sec-WebSocket-Key', 'dGhlIHNhbXBsZSBub25jZQ=='],
      ['Sec-WebSocket-Version', '13'],
      ['Origin', origin],
    ]);
  const multipart = [
    '--b',
    'Content-Disposition: form-data; name="request"',
    '',
    '{"owner":{"kind":"case"},"text":"HOSTILE WRITE"}',
    '--b--',
    '',
  ].join('\r\n');

  return [
    { group: 'token', name: 'no token: the page', raw: http('GET', '/', [host]), expected: 401 },
    {
      group: 'token',
      name: 'no token: an operation',
      raw: http('POST', list, [host, json], '{}'),
      expected: 401,
    },
    {
      group: 'token',
      name: 'no token: a write',
      raw: http('POST', save, [host, json], note),
      expected: 401,
    },
    {
      group: 'token',
      name: 'no token: the event stream',
      raw: http('GET', '/api/events', [host]),
      expected: 401,
    },
    {
      group: 'token',
      name: 'wrong bearer token',
      raw: http('POST', list, [host, json, ['Authorization', `Bearer ${c.otherToken}`]], '{}'),
      expected: 401,
    },
    {
      group: 'token',
      name: "another instance's token in the cookie",
      raw: http(
        'POST',
        save,
        [host, json, ['Cookie', `${TOKEN_COOKIE_PREFIX}${c.port}=${c.otherToken}`]],
        note,
      ),
      expected: 401,
    },
    {
      group: 'token',
      name: "the token under another port's cookie name",
      raw: http(
        'POST',
        list,
        [host, json, ['Cookie', `${TOKEN_COOKIE_PREFIX}${c.port + 1}=${c.token}`]],
        '{}',
      ),
      expected: 401,
    },
    {
      group: 'token',
      name: 'the token plus one character',
      raw: http('POST', list, [host, json, ['Authorization', `Bearer ${c.token}x`]], '{}'),
      expected: 401,
    },
    {
      group: 'token',
      name: 'the token in the URL of an operation',
      raw: http('POST', `${list}?token=${c.token}`, [host, json], '{}'),
      expected: 401,
    },
    {
      group: 'token',
      name: 'the token in the URL of the event stream',
      raw: http('GET', `/api/events?token=${c.token}`, [host]),
      expected: 401,
    },
    {
      group: 'token',
      name: 'the token in a made-up header',
      raw: http('POST', list, [host, json, ['X-Corroborate-Token', c.token]], '{}'),
      expected: 401,
    },
    {
      group: 'token',
      name: 'the token as Basic credentials',
      raw: http(
        'POST',
        list,
        [host, json, ['Authorization', `Basic ${Buffer.from(`${c.token}:`).toString('base64')}`]],
        '{}',
      ),
      expected: 401,
    },
    {
      group: 'token',
      name: 'the token in the request body',
      raw: http('POST', list, [host, json], JSON.stringify({ token: c.token })),
      expected: 401,
    },
    {
      group: 'host',
      name: 'Host 127.0.0.1.evil.example',
      raw: withToken(`127.0.0.1.evil.example:${c.port}`),
      expected: 403,
    },
    {
      group: 'host',
      name: 'Host localhost.evil.example:port',
      raw: withToken(`localhost.evil.example:${c.port}`),
      expected: 403,
    },
    { group: 'host', name: 'Host evil.example', raw: withToken('evil.example'), expected: 403 },
    {
      group: 'host',
      name: 'Host LOCALHOST.EVIL.EXAMPLE:port (upper case)',
      raw: withToken(`LOCALHOST.EVIL.EXAMPLE:${c.port}`),
      expected: 403,
    },
    {
      group: 'host',
      name: 'Host localhost. (trailing dot)',
      raw: withToken(`localhost.:${c.port}`),
      expected: 403,
    },
    { group: 'host', name: 'Host [::1]:port', raw: withToken(`[::1]:${c.port}`), expected: 403 },
    {
      group: 'host',
      name: 'Host [::ffff:127.0.0.1]:port',
      raw: withToken(`[::ffff:127.0.0.1]:${c.port}`),
      expected: 403,
    },
    {
      group: 'host',
      name: 'Host 2130706433:port (decimal 127.0.0.1)',
      raw: withToken(`2130706433:${c.port}`),
      expected: 403,
    },
    {
      group: 'host',
      name: 'Host 127.0.0.1 without the port',
      raw: withToken('127.0.0.1'),
      expected: 403,
    },
    {
      group: 'host',
      name: 'two Host headers, ours first',
      raw: http('GET', '/', [host, ['Host', 'evil.example'], bearer]),
      expected: 403,
    },
    { group: 'host', name: 'no Host (HTTP/1.1)', raw: http('GET', '/', [bearer]), expected: 400 },
    {
      group: 'host',
      name: 'no Host (HTTP/1.0)',
      raw: http('GET', '/', [bearer], undefined, '1.0'),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'POST from Origin http://evil.example',
      raw: write('POST', 'http://evil.example'),
      expected: 403,
    },
    { group: 'origin', name: 'POST from Origin null', raw: write('POST', 'null'), expected: 403 },
    {
      group: 'origin',
      name: 'POST from another loopback address',
      raw: write('POST', `http://127.0.0.2:${c.port}`),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'POST from another localhost port',
      raw: write('POST', `http://localhost:${c.port + 1}`),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'POST from https on our host and port',
      raw: write('POST', `https://${own}`),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'POST from an Origin without a scheme',
      raw: write('POST', own),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'PUT from a foreign Origin',
      raw: write('PUT', 'http://evil.example'),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'DELETE from a foreign Origin',
      raw: write('DELETE', 'http://evil.example'),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'PATCH from a foreign Origin',
      raw: write('PATCH', 'http://evil.example'),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'POST marked Sec-Fetch-Site: cross-site',
      raw: http('POST', save, [host, cookie, json, ['Sec-Fetch-Site', 'cross-site']], note),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'POST marked Sec-Fetch-Site: same-site',
      raw: http('POST', save, [host, cookie, json, ['Sec-Fetch-Site', 'same-site']], note),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'event stream for a same-site <img>',
      raw: http('GET', '/api/events', [
        host,
        cookie,
        ['Sec-Fetch-Site', 'same-site'],
        ['Sec-Fetch-Dest', 'image'],
      ]),
      expected: 403,
    },
    {
      group: 'origin',
      name: 'CORS preflight from a foreign Origin',
      raw: http('OPTIONS', save, [
        host,
        ['Origin', 'http://evil.example'],
        ['Access-Control-Request-Method', 'POST'],
        ['Access-Control-Request-Headers', 'content-type'],
      ]),
      expected: 403,
    },
    {
      group: 'form',
      name: 'cross-site urlencoded form',
      raw: form('application/x-www-form-urlencoded', 'request=HOSTILE', crossSite),
      expected: 403,
    },
    {
      group: 'form',
      name: 'cross-site multipart form',
      raw: form('multipart/form-data; boundary=b', multipart, crossSite),
      expected: 403,
    },
    {
      group: 'form',
      name: 'cross-site text/plain form carrying JSON',
      raw: form('text/plain', `${note.slice(0, -1)}, "x":"="}`, crossSite),
      expected: 403,
    },
    {
      group: 'form',
      name: 'text/plain JSON form with the cookie, no Origin',
      raw: form('text/plain', note, []),
      expected: 415,
    },
    {
      group: 'form',
      name: 'urlencoded form with the cookie, no Origin',
      raw: form('application/x-www-form-urlencoded', 'request=HOSTILE', []),
      expected: 415,
    },
    {
      group: 'websocket',
      name: 'WebSocket from a foreign Origin',
      raw: websocket('/', 'http://evil.example'),
      expected: 403,
    },
    {
      group: 'websocket',
      name: 'WebSocket to the event stream from another loopback origin',
      raw: websocket('/api/events', `http://127.0.0.2:${c.port}`),
      expected: 403,
    },
  ];
}
