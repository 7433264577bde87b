import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { EventName } from '../../preload/contract';
import type { Dispatcher } from '../services/dispatch';
import type { EventHub } from '../services/events';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { checkRequest, parseRequestUrl, TOKEN_COOKIE_PREFIX } from './request-guard';

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const MAX_BODY_BYTES = 1024 * 1024;
/** A refused body up to this size is read and dropped after the answer; beyond, the connection closes. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;
/** Operations that carry a file: base64 of the largest file import takes, and some. */
const FILE_CHANNELS = new Set([
  'sources:import-data',
  'sources:import-pasted',
  'case:import-exchange',
  'claims:import-annotations',
]);

export interface WebHostOptions {
  dispatcher: Dispatcher;
  /** The import size cap; requests that carry a file may be this large once base64-encoded. */
  maxImportBytes?: number;
  events: EventHub;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/** The browser host: the built renderer and the contract over HTTP, on loopback only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      console.error('browser host:', error);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const verdict = checkRequest(request, { port, token });
    if (!verdict.allowed)
      return send(response, verdict.status, 'text/plain; charset=utf-8', verdict.reason);
    const url = parseRequestUrl(request.url);
    if (url === null) return send(response, 400, 'text/plain; charset=utf-8', 'Bad request.');

    if (verdict.via === 'query') {
      // The printed URL carries the token once; trade it for a cookie and drop it from the URL.
      if (request.method !== 'GET' || url.pathname !== '/') {
        return send(
          response,
          401,
          'text/plain; charset=utf-8',
          'Refused: the token in the URL only opens the app page.',
        );
      }
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        location: '/',
        'set-cookie': `${TOKEN_COOKIE_PREFIX}${port}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return void response.end();
    }

    if (url.pathname.startsWith('/api/op/')) {
      if (request.method !== 'POST')
        return send(response, 405, 'text/plain; charset=utf-8', 'Use POST.');
      // A form can post only these types without a preflight; the app always sends JSON.
      if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
        return send(response, 415, 'text/plain; charset=utf-8', 'Send application/json.');
      }
      const channel = decodePath(url.pathname.slice('/api/op/'.length));
      if (channel === null) return send(response, 400, 'text/plain; charset=utf-8', 'Bad request.');
      const limit = FILE_CHANNELS.has(channel)
        ? Math.ceil(((options.maxImportBytes ?? 50 * 1024 * 1024) * 4) / 3) + 64 * 1024
        : MAX_BODY_BYTES;
      const declared = Number(request.headers['content-length'] ?? 0);
      const body = declared > limit ? null : await readBody(request, limit);
      if (body === null) {
        const megabytes = Math.floor(limit / 1024 / 1024);
        if (declared > limit && declared <= DRAIN_LIMIT_BYTES) {
          // Answered before the body is read: the rest is read and dropped, so a client still
          // sending it reads this answer instead of a reset connection (a fetch would fail
          // with a bare network error).
          request.resume();
        } else {
          // Too much to drain, or a body cut off mid-read: close rather than reuse.
          response.shouldKeepAlive = false;
        }
        return send(
          response,
          413,
          'text/plain; charset=utf-8',
          `The request is larger than ${megabytes} MB.`,
        );
      }
      let payload: unknown;
      try {
        payload = (JSON.parse(body || '{}') as { request?: unknown }).request;
      } catch {
        return sendJson(response, {
          ok: false,
          error: { code: 'invalid-request', message: 'The request body is not valid JSON.' },
        });
      }
      return sendJson(response, await options.dispatcher.dispatch(channel, payload));
    }

    if (url.pathname === '/api/events') return openEventStream(response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
    }
    return serveStatic(url.pathname, response);
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    response.on('close', () => streams.delete(response));
  }

  const unsubscribe = options.events.subscribe((event: EventName, payload: unknown) => {
    const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(frame);
  });
  const keepAlive = setInterval(() => {
    for (const stream of streams) stream.write(': keep-alive\n\n');
  }, 25_000);
  keepAlive.unref();

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    const decoded = decodePath(pathname === '/' ? '/index.html' : pathname);
    const filePath = join(options.staticDir, normalize(decoded ?? '/'));
    if (decoded === null || decoded.includes('\0') || !filePath.startsWith(options.staticDir + sep))
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
    try {
      const content = await readFile(filePath);
      send(response, 200, MIME_TYPES[extname(filePath)] ?? 'application/octet-stream', content);
    } catch {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: async () => {
      unsubscribe();
      clearInterval(keepAlive);
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType });
  response.end(body);
}

function sendJson(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
