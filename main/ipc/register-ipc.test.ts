import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Channel, Envelope } from '../../preload/contract';
import type { Dispatcher } from '../services/dispatch';
import { requestSchemas } from '../services/request-schemas';
import { createCaseWithTexts, createTestServices } from '../services/test-support';
import { refusal, registerIpc } from './register-ipc';

type Handler = (event: unknown, payload: unknown) => unknown;

const registered = vi.hoisted(() => new Map<string, Handler>());

vi.mock('electron', () => ({
  // eslint-disable-next-line no-restricted-syntax -- the fake registerIpc registers its handlers on
  ipcMain: {
    handle(channel: string, handler: Handler) {
      if (registered.has(channel)) throw new Error(`Registered twice: ${channel}`);
      registered.set(channel, handler);
    },
  },
}));

const channels = Object.keys(requestSchemas) as Channel[];
const frame = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } });
const TRUSTED = frame('app://corroborate/index.html');

/** Channels whose valid requests change nothing; for the rest only invalid payloads are sent. */
const READ_ONLY = new Set<Channel>([
  'host:info',
  'case:info',
  'case:recent',
  'case:choose-file',
  'sources:list',
  'sources:get',
  'sources:choose-import',
  'compare:relations',
  'compare:pair',
  'tags:list',
  'claims:list',
  'claims:get',
  'claims:in-source',
  'claims:suggestions',
  'notes:get',
  'history:state',
  'search:query',
  'search:status',
  'export:render',
  'export:choose-path',
]);

function handlerFor(channel: string): Handler {
  const handler = registered.get(channel);
  if (!handler) throw new Error(`No handler for ${channel}`);
  return handler;
}

function spyDispatcher() {
  const dispatch = vi.fn(async () => ({ ok: true, value: 'dispatched' }));
  return { dispatch, dispatcher: { dispatch } as unknown as Dispatcher };
}

describe('registerIpc: channels and senders', () => {
  const { dispatch, dispatcher } = spyDispatcher();
  beforeAll(() => {
    registered.clear();
    registerIpc(dispatcher);
  });

  it('registers every channel of the contract and no other', () => {
    expect([...registered.keys()].sort()).toEqual([...channels].sort());
  });

  it('passes a request from the app’s own top-level frame to the dispatcher', async () => {
    await expect(handlerFor('sources:get')(TRUSTED, { id: 1 })).resolves.toEqual({
      ok: true,
      value: 'dispatched',
    });
    expect(dispatch).toHaveBeenCalledWith('sources:get', { id: 1 });
  });

  const destroyed = {
    get senderFrame(): never {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    },
  };
  const navigatedAway = { senderFrame: { url: '', parent: null } };
  it.each([
    ['an iframe showing the app', frame('app://corroborate/index.html', { url: 'x' })],
    ['another app:// host', frame('app://evil/index.html')],
    ['a look-alike host', frame('app://corroborate.evil.example/index.html')],
    ['a web page', frame('https://evil.example/')],
    ['https with the app’s host', frame('https://corroborate/index.html')],
    ['a file', frame('file:///etc/passwd')],
    ['the dev server', frame('http://127.0.0.1:5173/')],
    ['localhost', frame('http://localhost/')],
    ['about:blank', frame('about:blank')],
    ['a data: page', frame('data:text/html,<script>1</script>')],
    ['devtools', frame('devtools://devtools/bundled/inspector.html')],
    ['a frame navigated away', navigatedAway],
    ['a null senderFrame', { senderFrame: null }],
    ['no senderFrame at all', {}],
    ['a destroyed frame', destroyed],
  ])('refuses %s on every channel without calling the dispatcher', async (_name, event) => {
    dispatch.mockClear();
    for (const channel of channels) {
      await expect(Promise.resolve(handlerFor(channel)(event, undefined))).resolves.toEqual(
        refusal(),
      );
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});

// ---- Arbitrary payloads against the real dispatcher over a real case -----------------------

/** Values the schemas are likely to nearly accept: the right shape with a wrong detail. */
const nearValue = fc.oneof(
  fc.integer({ min: -2, max: 4 }),
  fc.constantFrom(0, -1, 1.5, Number.NaN, Infinity, 2 ** 53, 1e300),
  fc.constantFrom('', ' ', '1', 'A', 'Z', 'supports', 'md', 'pdf', 'en', 'xx', 'files', 'open'),
  fc.constantFrom('#4e79a7', '#zzzzzz', 'a\u0000b', 'x'.repeat(600), '2023-09-12', '../../etc'),
  fc.constantFrom(null, true, false, [], [1], [0], ['a'], {}),
  fc.constantFrom({ kind: 'case' }, { kind: 'source', id: 1 }, { kind: 'source', id: -1 }),
  fc.constantFrom({ claims: 'delete' }, { claims: 'reassign', tagId: 1 }, { claims: 'untag' }),
  fc.string({ maxLength: 20 }),
  fc.anything({ maxDepth: 2 }),
);

/** Objects with the schema's own keys (some missing, some odd), sometimes with an extra one. */
function nearMiss(channel: Channel): fc.Arbitrary<unknown> {
  const schema = requestSchemas[channel] as z.ZodType;
  if (!(schema instanceof z.ZodObject)) return fc.anything({ maxDepth: 2 });
  const keys = Object.keys(schema.shape);
  const shape = Object.fromEntries(keys.map((key) => [key, nearValue]));
  return fc
    .tuple(
      fc.record(shape, { requiredKeys: [] }),
      fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor', 'id'), nearValue)),
    )
    .map(([record, extra]) => (extra ? { ...record, [extra[0]]: extra[1] } : record));
}

/** Anything structured clone can carry over IPC. */
const anyPayload = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
});

/** Mostly near misses and arbitrary data; sometimes no request, which the void channels take. */
const payloadFor = (channel: Channel) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: anyPayload, weight: 4 },
    { arbitrary: nearMiss(channel), weight: 5 },
  );

describe('registerIpc: arbitrary payloads from the trusted window', () => {
  const services = createTestServices();
  const skipped = new Map<Channel, number>();
  const sent = new Map<Channel, number>();

  function state() {
    return {
      info: services.cases.info(),
      snapshot: services.cases.database.snapshot({ originals: true }),
      history: services.history.state(),
      recent: services.cases.recent(),
      files: readdirSync(services.dataDir).sort(),
      emitted: services.emitted.filter(({ event }) => event !== 'export:progress'),
    };
  }

  beforeAll(async () => {
    await createCaseWithTexts(services, [
      'The minister said the bridge would open in May.',
      'Officials said the bridge would open in June, the minister said.',
    ]);
    const tag = services.tags.create({ name: 'Dates' });
    services.claims.create({ sourceId: 1, start: 4, end: 12, tagIds: [tag.id] });
    services.notes.save({ kind: 'case' }, 'Check the opening date.');
    await services.compare.refresh();
    await new Promise((resolve) => setTimeout(resolve, 400)); // the search refresh after edits
    await services.search.refresh();
    registered.clear();
    registerIpc(services.dispatcher);
  });
  afterAll(() => services.cases.close());

  it.each(channels)('%s: never throws, answers an envelope, changes nothing', async (channel) => {
    const handler = handlerFor(channel);
    const before = state();
    await fc.assert(
      fc.asyncProperty(payloadFor(channel), async (payload) => {
        const valid = requestSchemas[channel].safeParse(payload).success;
        if (valid && !READ_ONLY.has(channel)) {
          skipped.set(channel, (skipped.get(channel) ?? 0) + 1);
          return;
        }
        sent.set(channel, (sent.get(channel) ?? 0) + 1);
        const reply = (await handler(TRUSTED, payload)) as Envelope<unknown>;
        expect(typeof reply.ok).toBe('boolean');
        if (!valid) expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        expect(state()).toEqual(before);
      }),
      { numRuns: 80 },
    );
    // Most payloads must have been sent; valid writes are the rare exception.
    expect(sent.get(channel) ?? 0).toBeGreaterThan(55);
  });
});
