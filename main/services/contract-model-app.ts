// The real app the contract model test drives: services over a temporary data folder, called
// only through Dispatcher.dispatch, with fake dialogs and a fake clock; plus the check that
// reads the case back through the contract and compares it with the model.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Channel, Envelope, ErrorCode, RequestOf, ResponseOf } from '../../preload/contract';
import { createAppServices, type AppServices } from '../app-services';
import { inlineSegmentBuilder } from '../search/segment-builder';
import { childrenOf, type MTag } from './claims-model';
import { type CaseState, type ContractModel, noteKey, slice } from './contract-model-state';
import { inlineDocumentReader } from './document-reader';
import { inlineComparisonRunner } from './run-comparison';
import { fakeClock } from './test-support';

/** What the fake dialogs answer next, and what they were asked. */
export interface DialogScript {
  caseFile: string | null;
  imports: string[] | null;
  exportPath: string | null;
  asked: string[];
}

export class AppUnderTest {
  services: AppServices;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'corroborate-model-'));
  readonly clock = fakeClock();
  readonly dialogs: DialogScript = { caseFile: null, imports: null, exportPath: null, asked: [] };

  constructor() {
    this.services = this.build();
  }

  /** A fresh set of services over the same data folder, as an app restart builds them. */
  private build(): AppServices {
    const dialogs = this.dialogs;
    return createAppServices({
      dataDir: this.dataDir,
      host: { kind: 'electron', appVersion: 'model', platform: 'linux', nativeDialogs: true },
      documentReader: inlineDocumentReader,
      segmentBuilder: inlineSegmentBuilder,
      comparisonRunner: inlineComparisonRunner,
      now: this.clock.now,
      dialogs: {
        chooseCaseFile: async (mode) => (dialogs.asked.push(mode), dialogs.caseFile),
        chooseImport: async (kind) => (dialogs.asked.push(kind), dialogs.imports),
        chooseExportPath: async (format, name) => (
          dialogs.asked.push(`${format}:${name}`),
          dialogs.exportPath
        ),
      },
    });
  }

  dispatch<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Envelope<ResponseOf<C>>> {
    return this.services.dispatcher.dispatch(channel, request) as Promise<Envelope<ResponseOf<C>>>;
  }

  /** The value of a call that must succeed. */
  async value<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const envelope = await this.dispatch(channel, request);
    if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  }

  /** Waits for background comparison and indexing to catch up, as the UI waits for events. */
  async settle(): Promise<void> {
    if (!this.services.cases.current()) return;
    await this.services.compare.refresh();
    await this.services.search.refresh();
  }

  /** Closes the case and opens it again in new services over the same files. */
  async restart(path: string): Promise<void> {
    await this.settle();
    this.services.cases.close();
    this.services = this.build();
    await this.value('case:open', { path });
  }

  async dispose(): Promise<void> {
    await this.settle();
    this.services.cases.close();
  }
}

/** Checks an envelope against what the model expected: a value, or a refusal with this code. */
export function expectOutcome(
  label: string,
  envelope: Envelope<unknown>,
  refusal: ErrorCode | null,
): void {
  if (refusal === null) {
    expect(envelope.ok ? null : envelope.error, `${label} should be accepted`).toBeNull();
  } else {
    expect(envelope.ok ? 'accepted' : envelope.error.code, `${label} refused`).toBe(refusal);
  }
}

/** The codebook in list order (depth first, siblings by position), as tags:list answers. */
export function expectedTags(s: CaseState) {
  const out: Array<MTag & { claimCount: number }> = [];
  const visit = (parentId: number | null) => {
    for (const tag of childrenOf(s, parentId)) {
      out.push({ ...tag, claimCount: s.claims.filter((c) => c.tagIds.includes(tag.id)).length });
      visit(tag.id);
    }
  };
  visit(null);
  return out;
}

export function quoteOf(s: CaseState, o: { sourceId: number; start: number; end: number }) {
  const source = s.sources.find((x) => x.id === o.sourceId);
  return source ? slice(source.text, o.start, o.end) : '';
}

const byId = <T extends { id: number }>(list: T[]) => [...list].sort((a, b) => a.id - b.id);

/** Everything the reads of the contract show, from the model. */
function expectedView(model: ContractModel) {
  const s = model.state;
  return {
    info: { path: model.path, name: model.name, sourceCount: s.sources.length },
    sources: s.sources.map((source) => ({
      ...source,
      reliability: s.reliability[source.id - 1] ?? 'F',
    })),
    tags: expectedTags(s),
    claims: s.claims.map((claim) => {
      const origin = claim.occurrences.find((o) => o.stance === 'origin');
      return {
        id: claim.id,
        sourceId: origin?.sourceId,
        quote: origin ? quoteOf(s, origin) : '',
        tagIds: claim.tagIds,
        note: claim.note,
        credibility: claim.credibility,
        occurrenceCount: claim.occurrences.length,
        occurrences: byId(claim.occurrences.map((o) => ({ ...o, quote: quoteOf(s, o) }))),
      };
    }),
    marks: s.sources.map((source) =>
      s.claims
        .flatMap((claim) =>
          claim.occurrences
            .filter((o) => o.sourceId === source.id)
            .map((o) => ({
              occurrenceId: o.id,
              claimId: claim.id,
              start: o.start,
              end: o.end,
              stance: o.stance,
              tagIds: claim.tagIds,
              note: claim.note,
            })),
        )
        .sort((a, b) => a.occurrenceId - b.occurrenceId),
    ),
    notes: [
      { kind: 'case' as const },
      ...s.sources.map((x) => ({ kind: 'source' as const, id: x.id })),
    ].map((owner) => s.notes[noteKey(owner)] ?? ''),
    history: model.history(),
    language: model.language,
  };
}

/** The same view, read from the app through the contract. */
async function observedView(app: AppUnderTest) {
  const info = await app.value('case:info', undefined);
  const sources = await app.value('sources:list', undefined);
  const details = await Promise.all(sources.map(({ id }) => app.value('sources:get', { id })));
  const claims = await app.value('claims:list', undefined);
  const owners = [
    { kind: 'case' as const },
    ...sources.map(({ id }) => ({ kind: 'source' as const, id })),
  ];
  return {
    info: info && { path: info.path, name: info.name, sourceCount: info.sourceCount },
    sources: details.map((d) => ({
      id: d.id,
      fileName: d.fileName,
      text: d.text,
      titleDerived: d.titleDerived,
      title: d.title,
      outlet: d.outlet,
      byline: d.byline,
      publishedDate: d.publishedDate,
      url: d.url,
      dateline: d.dateline,
      agency: d.agency,
      attribution: d.attribution,
      reliability: d.reliability,
    })),
    tags: (await app.value('tags:list', undefined)).map((t) => ({ ...t })),
    claims: await Promise.all(
      claims.map(async (summary) => {
        const detail = await app.value('claims:get', { id: summary.id });
        return {
          id: summary.id,
          sourceId: summary.sourceId,
          quote: summary.quote,
          tagIds: summary.tagIds,
          note: summary.note,
          credibility: summary.credibility,
          occurrenceCount: summary.occurrenceCount,
          occurrences: byId(
            detail.occurrences.map(({ id, claimId, sourceId, start, end, stance, quote }) => ({
              id,
              claimId,
              sourceId,
              start,
              end,
              stance,
              quote,
            })),
          ).map(({ claimId, ...rest }) => (expect(claimId).toBe(summary.id), rest)),
        };
      }),
    ),
    marks: await Promise.all(
      sources.map(async ({ id }) =>
        (await app.value('claims:in-source', { sourceId: id })).sort(
          (a, b) => a.occurrenceId - b.occurrenceId,
        ),
      ),
    ),
    notes: await Promise.all(
      owners.map(async (owner) => (await app.value('notes:get', { owner })).text),
    ),
    history: await app.value('history:state', undefined),
    language: (await app.value('search:status', undefined)).language,
  };
}

/** The case read through the contract must be the model's, field for field. */
export async function checkCase(app: AppUnderTest, model: ContractModel): Promise<void> {
  const observed = await observedView(app);
  const expected = expectedView(model);
  expect(observed).toEqual(expected);
}
