import {
  http,
  requestParts,
  type CatalogueContext,
  type Header,
  type HostileRequest,
} from './hostile-http';

/** Requests refused for what they ask, even with the token: paths, sizes, methods, bodies. */
export function hostilePayloads(c: CatalogueContext): HostileRequest[] {
  const { host, bearer, json, list, save, createTag, note, tag } = requestParts(c);
  const staticGet = (target: string): string => http('GET', target, [host, bearer]);
  const big = JSON.stringify({ request: undefined, padding: 'x'.repeat(1024 * 1024 + 10) });
  const chunk = `${(64 * 1024).toString(16)}\r\n${'x'.repeat(64 * 1024)}\r\n`;
  /** A chunked body with no final zero-size chunk: the sender never finishes. */
  const unterminatedChunks = (headers: Header[], count: number): string =>
    http(
      'POST',
      list,
      [host, json, ['Transfer-Encoding', 'chunked'], ...headers],
      chunk.repeat(count),
    );

  return [
    { group: 'path', name: '/../package.json', raw: staticGet('/../package.json'), expected: 404 },
    {
      group: 'path',
      name: '/assets/../../package.json',
      raw: staticGet('/assets/../../package.json'),
      expected: 404,
    },
    {
      group: 'path',
      name: '%2e%2e%2f',
      raw: staticGet('/%2e%2e%2f%2e%2e%2fpackage.json'),
      expected: 404,
    },
    {
      group: 'path',
      name: '..%5c (backslash)',
      raw: staticGet('/..%5c..%5cpackage.json'),
      expected: 404,
    },
    {
      group: 'path',
      name: 'double-encoded %252e%252e%252f',
      raw: staticGet('/%252e%252e%252f%252e%252e%252fpackage.json'),
      expected: 404,
    },
    {
      group: 'path',
      name: 'the case file by relative path',
      raw: staticGet(`/assets/${c.caseFromStatic.split('/').map(encodeURIComponent).join('%2f')}`),
      expected: 404,
    },
    {
      group: 'path',
      name: 'the case file by absolute path',
      raw: staticGet(`/${encodeURIComponent(c.casePath)}`),
      expected: 404,
    },
    {
      group: 'path',
      name: '/etc/passwd as an absolute URL path',
      raw: staticGet('/%2fetc%2fpasswd'),
      expected: 404,
    },
    { group: 'path', name: 'NUL byte', raw: staticGet('/index.html%00.png'), expected: 404 },
    { group: 'path', name: 'broken percent-encoding', raw: staticGet('/%E0%A4%A'), expected: 404 },
    {
      group: 'path',
      name: 'broken percent-encoding in an operation name',
      raw: http('POST', '/api/op/%E0%A4%A', [host, bearer, json], '{}'),
      expected: 400,
    },
    {
      group: 'size',
      name: 'a body over the 1 MB limit',
      raw: http('POST', list, [host, bearer, json], big),
      expected: 413,
    },
    {
      group: 'size',
      name: 'Content-Length claiming 5 MB, 10 bytes sent',
      raw: http(
        'POST',
        list,
        [host, bearer, json, ['Content-Length', String(5 * 1024 * 1024)]],
        '{"a":"b"}\n',
      ),
      expected: 413,
    },
    {
      group: 'size',
      name: 'chunked past the limit, never ended',
      raw: unterminatedChunks([bearer], 20),
      expected: 413,
    },
    {
      group: 'size',
      name: 'chunked, never ended, no token',
      raw: unterminatedChunks([], 1),
      expected: 401,
    },
    {
      group: 'size',
      name: 'Content-Length and chunked together',
      raw: http(
        'POST',
        list,
        [host, bearer, json, ['Content-Length', '2'], ['Transfer-Encoding', 'chunked']],
        '0\r\n\r\n',
      ),
      expected: 400,
    },
    {
      group: 'size',
      name: 'two different Content-Lengths',
      raw: http(
        'POST',
        list,
        [host, bearer, json, ['Content-Length', '2'], ['Content-Length', '12']],
        '{}',
      ),
      expected: 400,
    },
    {
      group: 'size',
      name: 'a write smuggled behind a short Content-Length',
      raw: http(
        'POST',
        list,
        [host, json, ['Content-Length', '2'], ['Connection', 'keep-alive']],
        `{}${http('POST', save, [host, json], note)}`,
      ),
      expected: 401,
    },
    { group: 'method', name: 'TRACE', raw: http('TRACE', '/', [host, bearer]), expected: 405 },
    {
      group: 'method',
      name: 'PUT on a static file',
      raw: http('PUT', '/index.html', [host, bearer], 'replaced'),
      expected: 405,
    },
    {
      group: 'method',
      name: 'DELETE on a static file',
      raw: http('DELETE', '/index.html', [host, bearer]),
      expected: 405,
    },
    {
      group: 'method',
      name: 'GET on an operation',
      raw: http('GET', list, [host, bearer]),
      expected: 405,
    },
    {
      group: 'body',
      name: '__proto__ keys on a write',
      raw: http(
        'POST',
        save,
        [host, bearer, json],
        '{"__proto__":{"polluted":"yes"},"request":{"__proto__":{"polluted":"yes","owner":{"kind":"case"},"text":"HOSTILE WRITE"}}}',
      ),
      expected: 200,
      envelope: 'invalid-request',
    },
    {
      group: 'body',
      name: 'constructor.prototype keys on a write',
      raw: http(
        'POST',
        createTag,
        [host, bearer, json],
        '{"request":{"name":"HOSTILE TAG","constructor":{"prototype":{"polluted":"yes"}}}}',
      ),
      expected: 200,
      envelope: 'invalid-request',
    },
    {
      group: 'body',
      name: 'a write as text/plain with the token',
      raw: http('POST', createTag, [host, bearer, ['Content-Type', 'text/plain']], tag),
      expected: 415,
    },
    {
      group: 'body',
      name: 'a write with no content type',
      raw: http('POST', createTag, [host, bearer], tag),
      expected: 415,
    },
    {
      group: 'body',
      name: 'a write as application/json-patch+json',
      raw: http(
        'POST',
        createTag,
        [host, bearer, ['Content-Type', 'application/json-patch+json']],
        tag,
      ),
      expected: 415,
    },
  ];
}
