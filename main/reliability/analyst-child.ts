// The child process the crash and I/O-error suites kill and cripple: it opens a case through the
// real services and performs random analyst operations through the dispatcher, as the UI does,
// reporting each one on fd 3 before it starts (`intent`) and once its envelope is back (`ack`,
// or `error`). Run as: node analyst-child.mjs <config.json>
import { readFileSync } from 'node:fs';
import type { Envelope } from '../../preload/contract';
import type { AppServices } from '../app-services';
import { applyOp, nextOp, randomForOp, type Model, type Op } from './analyst-ops';
import { createReliabilityServices } from './child-services';
import { report } from './report-channel';

export interface AnalystChildConfig {
  casePath: string;
  dataDir: string;
  seed: number;
  /** The model the case holds now and the number of the next operation. */
  statePath: string;
  /** Stop (and exit 0) after this many operations; absent: run until killed. */
  maxOps?: number;
}

export interface AnalystChildState {
  model: Model;
  next: number;
}

/** Edits are stamped a minute apart, so no two note saves coalesce into one history entry. */
const CLOCK_START = Date.parse('2024-05-01T08:00:00.000Z');

class Analyst {
  private readonly sourceIds = new Map<string, number>();
  private readonly tagIds = new Map<string, number>();
  private readonly claimIds = new Map<string, number>();
  private readonly texts = new Map<string, string>();

  constructor(private readonly services: AppServices) {}

  private async call<T>(channel: string, payload?: unknown): Promise<Envelope<T>> {
    return (await this.services.dispatcher.dispatch(channel, payload)) as Envelope<T>;
  }

  private async read<T>(channel: string, payload?: unknown): Promise<T> {
    const envelope = await this.call<T>(channel, payload);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.message}`);
    return envelope.value;
  }

  /** The app's ids for the names the model uses, read from the case. */
  async loadIds(): Promise<void> {
    const sources = await this.read<Array<{ id: number; title: string }>>('sources:list');
    this.sourceIds.clear();
    for (const source of sources) this.sourceIds.set(source.title, source.id);
    const titles = new Map(sources.map((source) => [source.id, source.title]));
    const tags = await this.read<Array<{ id: number; name: string }>>('tags:list');
    this.tagIds.clear();
    for (const tag of tags) this.tagIds.set(tag.name, tag.id);
    const claims =
      await this.read<Array<{ id: number; sourceId: number; quote: string }>>('claims:list');
    this.claimIds.clear();
    for (const claim of claims)
      this.claimIds.set(claimKey(titles.get(claim.sourceId) ?? '', claim.quote), claim.id);
  }

  private id(map: Map<string, number>, key: string): number {
    const id = map.get(key);
    if (id === undefined) throw new Error(`The child has no id for "${key}".`);
    return id;
  }

  private async spanOf(source: string, quote: string) {
    let text = this.texts.get(source);
    if (text === undefined) {
      text = (
        await this.read<{ text: string }>('sources:get', { id: this.id(this.sourceIds, source) })
      ).text;
      this.texts.set(source, text);
    }
    const at = text.indexOf(quote);
    if (at < 0) throw new Error(`"${quote}" is not in ${source}.`);
    const start = Array.from(text.slice(0, at)).length;
    return { start, end: start + Array.from(quote).length };
  }

  /** Performs `op` through the dispatcher; the envelope is what the UI would get. */
  async perform(op: Op): Promise<Envelope<unknown>> {
    const tagIds = (names: readonly string[]) => names.map((name) => this.id(this.tagIds, name));
    switch (op.kind) {
      case 'import': {
        const envelope = await this.call<{ status: string; sourceId?: number }>(
          'sources:import-pasted',
          { title: op.title, text: op.text },
        );
        if (!envelope.ok) return envelope;
        const { status, sourceId } = envelope.value;
        if (status !== 'imported' || sourceId === undefined) {
          return { ok: false, error: { code: 'internal', message: `import ${status}` } };
        }
        this.sourceIds.set(op.title, sourceId);
        return envelope;
      }
      case 'create-tag': {
        const envelope = await this.call<{ id: number }>('tags:create', { name: op.name });
        if (envelope.ok) this.tagIds.set(op.name, envelope.value.id);
        return envelope;
      }
      case 'create-claim': {
        const span = await this.spanOf(op.source, op.quote);
        const envelope = await this.call<{ id: number }>('claims:create', {
          sourceId: this.id(this.sourceIds, op.source),
          ...span,
          tagIds: tagIds(op.tags),
        });
        if (envelope.ok) this.claimIds.set(claimKey(op.source, op.quote), envelope.value.id);
        return envelope;
      }
      case 'tag-claim':
      case 'grade-claim':
        return this.call('claims:update', {
          id: this.id(this.claimIds, claimKey(op.source, op.quote)),
          ...(op.kind === 'tag-claim'
            ? { tagIds: tagIds(op.tags) }
            : { credibility: op.credibility }),
        });
      case 'grade-source':
        return this.call('sources:set-reliability', {
          id: this.id(this.sourceIds, op.source),
          reliability: op.grade,
        });
      case 'note':
        return this.call('notes:save', {
          owner:
            op.source === null
              ? { kind: 'case' }
              : { kind: 'source', id: this.id(this.sourceIds, op.source) },
          text: op.text,
        });
      case 'merge-tags': {
        const envelope = await this.call('tags:merge', {
          from: this.id(this.tagIds, op.from),
          into: this.id(this.tagIds, op.into),
        });
        if (envelope.ok) this.tagIds.delete(op.from);
        return envelope;
      }
      case 'undo': {
        const envelope = await this.call('history:undo');
        await this.loadIds();
        return envelope;
      }
    }
  }
}

const claimKey = (source: string, quote: string) => `${source}\u0000${quote}`;

async function main(): Promise<void> {
  const configPath = process.argv[2];
  if (!configPath) throw new Error('usage: analyst-child <config.json>');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as AnalystChildConfig;
  const state = JSON.parse(readFileSync(config.statePath, 'utf8')) as AnalystChildState;
  let n = state.next;
  const services = createReliabilityServices(
    config.dataDir,
    () => new Date(CLOCK_START + n * 60_000),
  );
  const opened = await services.dispatcher.dispatch('case:open', { path: config.casePath });
  if (!opened.ok) {
    report(`open-error ${opened.error.code} ${JSON.stringify(opened.error.message)}`);
    process.exit(3);
  }
  const analyst = new Analyst(services);
  await analyst.loadIds();
  report('ready');
  let model = state.model;
  const end = config.maxOps === undefined ? Infinity : state.next + config.maxOps;
  for (; n < end; n++) {
    const op = nextOp(model, randomForOp(config.seed, n));
    report(`intent ${n} ${JSON.stringify(op)}`);
    const envelope = await analyst.perform(op);
    if (envelope.ok) {
      model = applyOp(model, op);
      report(`ack ${n}`);
    } else {
      report(`error ${n} ${envelope.error.code} ${JSON.stringify(envelope.error.message)}`);
    }
    // Let the background comparison and indexing run between operations, as they do in the app.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await services.compare.refresh();
  await services.search.refresh();
  services.cases.close();
  report('done');
}

process.on('uncaughtException', (error) => {
  report(
    `crash ${JSON.stringify(error instanceof Error ? (error.stack ?? error.message) : String(error))}`,
  );
  process.exit(70);
});
process.on('unhandledRejection', (error) => {
  report(
    `crash ${JSON.stringify(error instanceof Error ? (error.stack ?? error.message) : String(error))}`,
  );
  process.exit(70);
});

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    report(
      `crash ${JSON.stringify(error instanceof Error ? (error.stack ?? error.message) : String(error))}`,
    );
    process.exit(70);
  },
);
