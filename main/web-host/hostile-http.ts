import { TOKEN_COOKIE_PREFIX } from './request-guard';

/**
 * The browser host's hostile catalogue (promise 8): each row is the exact bytes an attacker
 * writes to the socket and the status that counts as a refusal. Rows that reach the dispatcher
 * with a valid token (prototype-pollution bodies) must come back as an `invalid-request` envelope.
 */
export interface HostileRequest {
  group: 'token' | 'host' | 'origin' | 'form' | 'websocket' | 'path' | 'size' | 'method' | 'body';
  name: string;
  raw: string;
  /** The status that counts as a refusal. */
  expected: number;
  envelope?: 'invalid-request';
}

export interface CatalogueContext {
  port: number;
  token: string;
  /** A token of the same shape from another browser host instance. */
  otherToken: string;
  /** The case file, by absolute path and as reached from the renderer folder. */
  casePath: string;
  caseFromStatic: string;
}

export type Header = [name: string, value: string];

/** One request as raw text; `Connection: close` and Content-Length unless given. */
export function http(
  method: string,
  target: string,
  headers: Header[],
  body?: string,
  version = '1.1',
): string {
  const names = new Set(headers.map(([name]) => name.toLowerCase()));
  const all: Header[] = [...headers];
  if (!names.has('connection')) all.push(['Connection', 'close']);
  if (body !== undefined && !names.has('content-length') && !names.has('transfer-encoding'))
    all.push(['Content-Length', String(Buffer.byteLength(body))]);
  const head = all.map(([name, value]) => `${name}: ${value}\r\n`).join('');
  return `${method} ${target} HTTP/${version}\r\n${head}\r\n${body ?? ''}`;
}

/** The headers, routes and bodies the rows are made of. */
export function requestParts(c: CatalogueContext) {
  const own = `127.0.0.1:${c.port}`;
  return {
    own,
    host: ['Host', own] as Header,
    bearer: ['Authorization', `Bearer ${c.token}`] as Header,
    cookie: ['Cookie', `${TOKEN_COOKIE_PREFIX}${c.port}=${c.token}`] as Header,
    json: ['Content-Type', 'application/json'] as Header,
    list: '/api/op/sources%3Alist',
    save: '/api/op/notes%3Asave',
    createTag: '/api/op/tags%3Acreate',
    /** A write that would change the case note if it got through. */
    note: JSON.stringify({ request: { owner: { kind: 'case' }, text: 'HOSTILE WRITE' } }),
    tag: JSON.stringify({ request: { name: 'HOSTILE TAG' } }),
  };
}
