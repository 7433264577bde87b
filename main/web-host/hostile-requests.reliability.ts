import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordScore } from '../reliability/scoreboard';
import { createComparedSampleCase } from '../services/test-support';
import { http, type HostileRequest } from './hostile-http';
import { hostileCatalogue } from './hostile-request-catalogue';
import { startWebHost, type WebHost } from './server';

/**
 * Promise 8, "the browser host answers only its own page": every request in the hostile
 * catalogue is written byte for byte to a real host over a real case, is refused, reads nothing
 * of the case, and changes nothing in it.
 */

interface RawReply {
  statuses: number[];
  text: string;
}

/** Writes `raw` to the host and collects whatever comes back until it closes (or a pause). */
function sendRaw(port: number, raw: string, address = '127.0.0.1'): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = connect(port, address);
    const chunks: Buffer[] = [];
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const statuses = [...text.matchAll(/^HTTP\/1\.[01] (\d{3})/gm)].map((m) => Number(m[1]));
      resolve({ statuses, text });
    };
    // Requests whose body never ends keep the socket open: the answer is in well before this.
    const timer = setTimeout(finish, 3_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', finish);
    // The host may answer and close before a large body is written; that is a refusal too.
    socket.on('error', () => undefined);
    socket.write(raw);
  });
}

function connectionRefused(port: number, address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: address, timeout: 3_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(true));
  });
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let services: Awaited<ReturnType<typeof createComparedSampleCase>>;
let host: WebHost;
let base: string;
let casePath: string;
let staticDir: string;

/** Every file in the data folder (the case, its WAL, settings) by name and content hash. */
function dataFolderBytes(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(services.dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(services.dataDir, path)] = sha256(readFileSync(path));
  }
  return files;
}

/** The case as the services read it: the whole snapshot, with originals, and its history. */
function caseContent(): string {
  const database = services.cases.current();
  if (!database) throw new Error('no case is open');
  return sha256(
    JSON.stringify({
      snapshot: database.snapshot({ originals: true }),
      history: services.history.state(),
      notes: services.notes.get({ kind: 'case' }),
      tags: services.tags.list(),
      claims: services.claims.list(),
    }),
  );
}

/** Text that must never appear in a refusal: the token and anything of the case. */
function secretsOfTheCase(): string[] {
  const info = services.cases.info();
  const secrets = [host.token, casePath, 'CANARY-OUTSIDE-RENDERER'];
  if (info) secrets.push(info.name);
  for (const summary of services.sources.list()) {
    secrets.push(summary.title);
    const { text } = services.sources.get(summary.id);
    secrets.push(text.slice(text.length / 2, text.length / 2 + 40));
  }
  return secrets.filter((secret) => secret.length >= 8);
}

beforeAll(async () => {
  services = await createComparedSampleCase();
  await services.search.refresh();
  const info = services.cases.info();
  if (!info) throw new Error('the sample case did not open');
  casePath = info.path;
  // A renderer folder two levels below files an escaping path would reach.
  base = mkdtempSync(join(tmpdir(), 'hostile-host-'));
  staticDir = join(base, 'app', 'out', 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Corroborate</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  for (const dir of [join(base, 'app'), join(base, 'app', 'out')])
    writeFileSync(join(dir, 'package.json'), '{"name":"CANARY-OUTSIDE-RENDERER"}');
  host = await startWebHost({
    dispatcher: services.dispatcher,
    events: services.events,
    staticDir,
  });
});

afterAll(async () => {
  await host?.close();
  services?.cases.close();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe('the browser host answers only its own page', () => {
  it('refuses every hostile request, reads out nothing and changes nothing', async () => {
    const bytesBefore = dataFolderBytes();
    const contentBefore = caseContent();
    const secrets = secretsOfTheCase();
    const catalogue = hostileCatalogue({
      port: host.port,
      token: host.token,
      otherToken: randomBytes(32).toString('base64url'),
      casePath,
      caseFromStatic: relative(join(staticDir, 'assets'), casePath),
    });

    const outcomes: Array<{ row: HostileRequest; statuses: number[]; refused: boolean }> = [];
    const leaks: string[] = [];
    for (const row of catalogue) {
      const reply = await sendRaw(host.port, row.raw);
      const [status] = reply.statuses;
      const body = reply.text.slice(reply.text.indexOf('\r\n\r\n') + 4);
      const envelopeRefused =
        row.envelope === undefined ||
        new RegExp(`"ok":false,"error":\\{"code":"${row.envelope}"`).test(body);
      const refused =
        reply.statuses.length > 0 &&
        status === row.expected &&
        reply.statuses.every((next) => next >= 400 || next === row.expected) &&
        envelopeRefused;
      outcomes.push({ row, statuses: reply.statuses, refused });
      const leaked = secrets.find((secret) => reply.text.includes(secret));
      if (leaked !== undefined || /access-control-allow-origin/i.test(reply.text))
        leaks.push(`${row.group} / ${row.name}: ${leaked ?? 'a CORS grant'}`);
    }
    const polluted = 'polluted' in Object.prototype;

    // Let any background work a request might have started settle before comparing.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const bytesChanged = JSON.stringify(dataFolderBytes()) !== JSON.stringify(bytesBefore);
    const contentChanged = caseContent() !== contentBefore;
    const changedTheCase = Number(bytesChanged) + Number(contentChanged) + Number(polluted);

    const refusedCount = outcomes.filter((outcome) => outcome.refused).length;
    recordScore({
      suite: 'Browser host requests',
      figures: [
        { label: 'hostile requests refused', value: refusedCount },
        { label: 'answered with case data', value: leaks.length, mustBeZero: true },
        { label: 'changed the case', value: changedTheCase, mustBeZero: true },
      ],
    });
    console.log(
      outcomes
        .map(
          ({ row, statuses, refused }) =>
            `${refused ? 'refused' : 'NOT REFUSED'}  ${statuses.join(',') || 'no answer'}  ` +
            `(expected ${row.expected})  ${row.group}: ${row.name}`,
        )
        .join('\n'),
    );

    expect(outcomes.length).toBeGreaterThanOrEqual(30);
    expect(outcomes.filter((outcome) => !outcome.refused).map(({ row }) => row.name)).toEqual([]);
    expect(leaks).toEqual([]);
    expect({ bytesChanged, contentChanged, polluted }).toEqual({
      bytesChanged: false,
      contentChanged: false,
      polluted: false,
    });
  });

  it('still answers its own page afterwards', async () => {
    const own = `127.0.0.1:${host.port}`;
    const reply = await sendRaw(
      host.port,
      http(
        'POST',
        '/api/op/sources%3Alist',
        [
          ['Host', own],
          ['Authorization', `Bearer ${host.token}`],
          ['Content-Type', 'application/json'],
          ['Origin', `http://${own}`],
          ['Sec-Fetch-Site', 'same-origin'],
        ],
        '{}',
      ),
    );
    expect(reply.statuses).toEqual([200]);
    expect(reply.text).toContain('"ok":true');
    expect(reply.text).toContain(services.sources.list()[0]?.title);
  });

  it('listens on 127.0.0.1 only, never beyond loopback', async () => {
    const address = host.server.address() as AddressInfo;
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    const elsewhere = Object.entries(networkInterfaces()).flatMap(([name, infos]) =>
      (infos ?? [])
        .filter((info) => !info.internal)
        .map((info) =>
          info.family === 'IPv6' && info.scopeid ? `${info.address}%${name}` : info.address,
        ),
    );
    // Other loopback addresses are not ours either: the host binds 127.0.0.1 exactly.
    const candidates = [...elsewhere, '127.0.0.2', '::1'];
    console.log(
      elsewhere.length > 0
        ? `Non-loopback addresses tried: ${elsewhere.join(', ')}`
        : 'This machine has no non-loopback address; only 127.0.0.2 and ::1 were tried.',
    );
    for (const candidate of candidates) {
      expect({ candidate, refused: await connectionRefused(host.port, candidate) }).toEqual({
        candidate,
        refused: true,
      });
    }
  });
});
