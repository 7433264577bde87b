// The exchange, dialog and read commands of the contract model test, and `runCommand`, which
// sends any command to its runner. Reads whose answers the model cannot compute exactly (the
// alignment behind relations and suggestions, search scores) are checked on their essentials.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ExportFormat } from '../../preload/contract';
import type { AppUnderTest } from './contract-model-app';
import { expectedTags, quoteOf } from './contract-model-app';
import { CODEWORDS, pickId, type Command } from './contract-model-commands';
import * as m from './contract-model-state';
import { runLinkEdit } from './contract-model-passages';
import * as w from './contract-model-writes';

type Of<K extends Command['kind']> = Extract<Command, { kind: K }>;

const EXTENSIONS: Record<ExportFormat, string> = {
  md: '.md',
  csv: '.csv',
  json: '.json',
  html: '.html',
  pdf: '.pdf',
  w3c: '.jsonld',
  qdpx: '.qdpx',
};
/** The name the save dialog is offered: "<case> – claims.md", "<case> – report.html". */
export function exportName(caseName: string, format: ExportFormat): string {
  const kind =
    format === 'html' || format === 'pdf' ? 'report' : format === 'json' ? 'case' : 'claims';
  return `${caseName} – ${kind}${EXTENSIONS[format]}`;
}

/** An export request and what it must count: every claim, or the first half (a filter). */
function exportRequest(model: m.ContractModel, format: ExportFormat, filtered: boolean) {
  const all = w.ids.claims(model);
  const claimIds = filtered ? all.slice(0, Math.ceil(all.length / 2)) : null;
  return { request: { format, claimIds }, claims: (claimIds ?? all).length };
}

/** A case JSON export must hold the model's case: the exchange format is lossless. */
function checkCaseJson(model: m.ContractModel, bytes: Buffer): void {
  const s = model.state;
  const doc = JSON.parse(bytes.toString('utf8')) as {
    case: { name: string; searchLanguage: string };
    sources: Array<{ id: number; text: string; title: string; reliability: string }>;
    tags: unknown[];
    claims: Array<{
      id: number;
      note: string;
      credibility: number;
      tagIds: number[];
      occurrences: Array<{
        id: number;
        sourceId: number;
        start: number;
        end: number;
        stance: string;
        quote: string;
      }>;
      rejected: unknown[];
    }>;
    notes: Array<{
      owner: m.CaseState['sources'][number] | { kind: string; id?: number };
      text: string;
    }>;
  };
  expect(doc.case).toMatchObject({ name: model.name, searchLanguage: model.language });
  expect(
    doc.sources.map(({ id, text, title, reliability }) => ({ id, text, title, reliability })),
  ).toEqual(
    s.sources.map(({ id, text, title }) => ({
      id,
      text,
      title,
      reliability: s.reliability[id - 1],
    })),
  );
  expect(doc.tags).toEqual(
    expectedTags(s)
      .map(({ claimCount: _, ...tag }) => tag)
      .sort((a, b) => a.id - b.id),
  );
  expect(
    doc.claims.map((c) => ({
      ...c,
      occurrences: c.occurrences.map(({ id, sourceId, start, end, stance, quote }) => ({
        id,
        sourceId,
        start,
        end,
        stance,
        quote,
      })),
      createdAt: undefined,
      updatedAt: undefined,
    })),
  ).toEqual(
    s.claims.map((c) => ({
      ...c,
      tagIds: c.tagIds,
      occurrences: [...c.occurrences]
        .sort((a, b) => a.id - b.id)
        .map((o) => ({ ...o, quote: quoteOf(s, o) })),
      rejected: s.rejected
        .filter((r) => r.claimId === c.id)
        .map(({ sourceId, start, end }) => ({ sourceId, start, end }))
        .sort((a, b) => a.sourceId - b.sourceId || a.start - b.start || a.end - b.end),
      createdAt: undefined,
      updatedAt: undefined,
    })),
  );
  expect(doc.notes.length).toBe(Object.keys(s.notes).length);
}

let exchanges = 0;

export async function runExchange(
  app: AppUnderTest,
  model: m.ContractModel,
  c: Of<'import-exchange'> | Of<'import-annotations'> | Of<'export-save'> | Of<'export-render'>,
): Promise<void> {
  if (c.kind === 'export-render' || c.kind === 'export-save') {
    const { request, claims } = exportRequest(model, c.format, c.filtered);
    const refusal = c.format === 'pdf' ? 'unsupported' : null; // No printer in this test app.
    if (c.kind === 'export-render') {
      const value = await w.send(app, 'export:render', request, () => refusal && m.refuse(refusal));
      if (!value) return;
      expect(value).toMatchObject({ claims, fileName: exportName(model.name, c.format) });
      if (c.format === 'json') checkCaseJson(model, Buffer.from(value.data, 'base64'));
      return;
    }
    const path = join(app.dataDir, `export-${++exchanges}${EXTENSIONS[c.format]}`);
    const value = await w.send(
      app,
      'export:save',
      { ...request, path },
      () => refusal && m.refuse(refusal),
    );
    expect(existsSync(path)).toBe(value !== null);
    if (!value) return;
    const rendered = await app.value('export:render', request);
    const bytes = readFileSync(path);
    expect(value).toEqual({ path, bytes: bytes.length, claims });
    if (c.format !== 'qdpx') expect(bytes.toString('base64')).toBe(rendered.data);
    return;
  }
  if (c.kind === 'import-annotations') {
    const text = c.garbage
      ? '{"type": "AnnotationCollection", "items": 7}'
      : Buffer.from((await app.value('export:render', { format: 'w3c' })).data, 'base64').toString(
          'utf8',
        );
    let occurrences = 0;
    const copied = model.state.claims.length;
    const value = await w.send(app, 'claims:import-annotations', { text }, () => {
      if (c.garbage || copied === 0) m.refuse('invalid-request');
      model.edit('Import annotations', app.clock.now().getTime(), (d) => {
        for (const claim of [...d.claims]) {
          const ordered = [...claim.occurrences].sort((a, b) => a.id - b.id);
          const id = model.next.claim++;
          const copies = ordered.map((o) => ({ ...o, id: model.next.occurrence++ }));
          occurrences += copies.length;
          d.claims.push({ ...structuredClone(claim), id, occurrences: copies });
        }
      });
    });
    if (value) expect(value).toEqual({ claims: copied, occurrences, skipped: [] });
    return;
  }
  const data =
    c.how === 'garbage'
      ? Buffer.from('{"format": "corroborate-case", "version": 99}').toString('base64')
      : (await app.value('export:render', { format: 'json' })).data;
  const fileName = `exchange-${++exchanges}.json`;
  const path = join(app.dataDir, `exchange-${exchanges}.corroborate`);
  const request = { fileName, data, ...(c.how === 'taken-path' ? { path: model.path } : {}) };
  const value = await w.send(app, 'case:import-exchange', request, () => {
    if (c.how === 'garbage') m.refuse('invalid-request');
    if (c.how === 'taken-path') m.refuse('already-exists');
    model.switchTo(path);
  });
  if (value)
    expect(value).toMatchObject({
      path,
      name: model.name,
      sourceCount: model.state.sources.length,
    });
}

export async function runRead(
  app: AppUnderTest,
  model: m.ContractModel,
  c:
    | Of<'search'>
    | Of<'compare'>
    | Of<'suggestions'>
    | Of<'misc-read'>
    | Of<'dialog'>
    | Of<'case-file'>,
): Promise<void> {
  const s = model.state;
  const baseOf = (id: number) =>
    CODEWORDS.findIndex((word) => s.sources[id - 1]?.text.includes(word));
  if (c.kind === 'search') {
    await app.settle();
    const word = CODEWORDS[c.word] ?? '';
    const result = await app.value('search:query', { query: word, limit: 1000 });
    const holding = s.sources.filter((x) => x.text.includes(word)).map((x) => x.id);
    expect(result.error).toBeNull();
    expect(result.groups.map((g) => g.sourceId).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      holding,
    );
    expect(result.status).toEqual({
      state: 'ready',
      language: model.language,
      indexedSources: s.sources.length,
      totalSources: s.sources.length,
    });
  } else if (c.kind === 'compare') {
    await app.settle();
    const relations = await app.value('compare:relations', undefined);
    expect(relations).toMatchObject({
      status: 'ready',
      progress: null,
      sourceCount: s.sources.length,
    });
    for (const a of s.sources)
      for (const b of s.sources) {
        if (a.id >= b.id || baseOf(a.id) !== baseOf(b.id)) continue;
        // Copies of one report must be found related: that is what the comparison is for.
        const found = relations.relations.find((r) => r.a === a.id && r.b === b.id);
        expect(found?.verdict, `sources ${a.id} and ${b.id} copy one report`).toMatch(
          /derived-copy|shares-passages/,
        );
      }
    const pair = { a: pickId(w.ids.sources(model), c.a), b: pickId(w.ids.sources(model), c.b) };
    const value = await w.send(app, 'compare:pair', pair, () => {
      if (pair.a === pair.b) m.refuse('invalid-request');
      m.sourceOf(s, pair.a);
      m.sourceOf(s, pair.b);
    });
    if (value) {
      const length = (id: number) => m.points(m.sourceOf(s, id).text).length;
      for (const p of value.passages) {
        expect(p.a.end).toBeLessThanOrEqual(length(pair.a));
        expect(p.b.end).toBeLessThanOrEqual(length(pair.b));
      }
    }
  } else if (c.kind === 'suggestions') {
    const id = pickId(w.ids.claims(model), c.claim);
    const value = await w.send(app, 'claims:suggestions', { id }, () => m.claimOf(s, id));
    const claim = s.claims.find((x) => x.id === id);
    for (const suggestion of value ?? []) {
      const same = (x: { sourceId: number; start: number; end: number }) =>
        x.sourceId === suggestion.sourceId &&
        x.start === suggestion.start &&
        x.end === suggestion.end;
      expect(claim?.occurrences.some(same), 'a suggestion is not already a passage').toBe(false);
      expect(
        s.rejected.some((r) => r.claimId === id && same(r)),
        'a rejected passage is not suggested again',
      ).toBe(false);
      expect(suggestion.quote).toBe(quoteOf(s, suggestion));
    }
  } else if (c.kind === 'misc-read') {
    if (c.which === 'host') {
      expect(await app.value('host:info', undefined)).toEqual({
        kind: 'electron',
        appVersion: 'model',
        platform: 'linux',
        nativeDialogs: true,
        maxImportBytes: 50 * 1024 * 1024,
        newCaseFolder: app.dataDir,
      });
    } else if (c.which === 'recent') {
      expect(await app.value('case:recent', undefined)).toEqual(
        model.recent.map((r) => ({ ...r, openedAt: expect.any(String), exists: true })),
      );
    } else if (c.which === 'unknown-channel') {
      const envelope = await app.services.dispatcher.dispatch('sources:drop-all', undefined);
      expect(envelope.ok ? 'accepted' : envelope.error.code).toBe('unknown-operation');
    } else {
      const id = c.which === 'bad-payload' ? -1 : 9999;
      await w.send(app, 'sources:get', { id }, () =>
        m.refuse(id < 0 ? 'invalid-request' : 'not-found'),
      );
      await w.send(app, 'claims:get', { id }, () =>
        m.refuse(id < 0 ? 'invalid-request' : 'not-found'),
      );
    }
  } else if (c.kind === 'dialog') {
    const asked = app.dialogs.asked.length;
    if (c.which === 'case-file') {
      app.dialogs.caseFile = c.cancel ? null : join(app.dataDir, 'chosen.corroborate');
      expect(await app.value('case:choose-file', { mode: 'create' })).toBe(app.dialogs.caseFile);
      expect(app.dialogs.asked.slice(asked)).toEqual(['create']);
    } else if (c.which === 'import') {
      app.dialogs.imports = c.cancel
        ? null
        : [join(app.dataDir, 'a.txt'), join(app.dataDir, 'b.md')];
      expect(await app.value('sources:choose-import', { kind: 'files' })).toEqual(
        app.dialogs.imports,
      );
      expect(app.dialogs.asked.slice(asked)).toEqual(['files']);
    } else {
      app.dialogs.exportPath = c.cancel ? null : join(app.dataDir, 'chosen.md');
      expect(await app.value('export:choose-path', { format: c.format })).toBe(
        app.dialogs.exportPath,
      );
      expect(app.dialogs.asked.slice(asked)).toEqual([
        `${c.format}:${exportName(model.name, c.format)}`,
      ]);
    }
  } else {
    await runCaseFile(app, model, c);
  }
}

/** Refused case-file requests leave the open case as it was; opening the open case is a no-op. */
async function runCaseFile(app: AppUnderTest, model: m.ContractModel, c: Of<'case-file'>) {
  if (c.how === 'create-existing') {
    await w.send(app, 'case:create', { path: model.path, name: 'Clash' }, () =>
      m.refuse('already-exists'),
    );
  } else if (c.how === 'open-missing') {
    await w.send(app, 'case:open', { path: join(app.dataDir, 'missing.corroborate') }, () =>
      m.refuse('not-found'),
    );
  } else if (c.how === 'open-not-a-case') {
    const path = join(app.dataDir, 'notes.txt');
    writeFileSync(
      path,
      'This is not a case file, just some text that is long enough to look like one.',
    );
    await w.send(app, 'case:open', { path }, () => m.refuse('not-a-case'));
  } else {
    const info = await app.value('case:open', { path: model.path });
    expect(info).toMatchObject({ path: model.path, name: model.name });
  }
}

/** Runs one command against the model and the app, checking its answer. */
export async function runCommand(
  app: AppUnderTest,
  model: m.ContractModel,
  c: Command,
): Promise<void> {
  app.clock.advance(50);
  switch (c.kind) {
    case 'import-pasted':
    case 'import-data':
    case 'import-files':
      return w.runImport(app, model, c);
    case 'update-metadata':
    case 'set-reliability':
      return w.runSourceEdit(app, model, c);
    case 'create-tag':
    case 'update-tag':
    case 'merge-tags':
    case 'delete-tag':
      return w.runTagEdit(app, model, c);
    case 'create-claim':
    case 'update-claim':
    case 'delete-claim':
      return w.runClaimEdit(app, model, c);
    case 'add-occurrence':
    case 'remove-occurrence':
    case 'reject-suggestion':
      return w.runPassageEdit(app, model, c);
    case 'set-stance':
    case 'reanchor':
    case 'add-occurrences':
      return runLinkEdit(app, model, c);
    case 'save-note':
    case 'undo':
    case 'redo':
      return w.runNoteOrHistory(app, model, c);
    case 'set-language': {
      const status = await app.value('search:set-language', { language: c.language });
      model.language = c.language;
      expect(status.language).toBe(c.language);
      return;
    }
    case 'reopen':
      await app.restart(model.path);
      model.remember(model.path, model.name);
      return;
    case 'import-exchange':
    case 'import-annotations':
    case 'export-save':
    case 'export-render':
      return runExchange(app, model, c);
    default:
      return runRead(app, model, c);
  }
}
