// The write commands of the contract model test: each computes its request from the model, runs
// the model's transition (a Refusal names the error code the app must answer), sends the same
// request through the dispatcher and checks the envelope against the model's outcome.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Channel, ErrorCode, RequestOf, ResponseOf } from '../../preload/contract';
import { type AppUnderTest, expectOutcome } from './contract-model-app';
import {
  type Command,
  credibility,
  HEADLINES,
  INVALID_METADATA_FROM,
  METADATA,
  pickId,
  reportBody,
  reportFile,
  wordSpans,
} from './contract-model-commands';
import * as m from './contract-model-state';
import { emptyMetadata } from '../testing/metadata';

type Of<K extends Command['kind']> = Extract<Command, { kind: K }>;

/** Runs the model's side; a Refusal becomes the expected error code. */
export function predict(work: () => void): ErrorCode | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof m.Refusal) return error.code;
    throw error;
  }
}

/** How often each channel sent through `send` was accepted and refused, for the run's report. */
export const outcomes = new Map<string, { accepted: number; refused: number }>();

/** Predicts with the model, dispatches, checks the outcome; the value when accepted. */
export async function send<C extends Channel>(
  app: AppUnderTest,
  channel: C,
  request: RequestOf<C>,
  work: () => void,
): Promise<ResponseOf<C> | null> {
  const refusal = predict(work);
  const envelope = await app.dispatch(channel, request);
  expectOutcome(`${channel} ${JSON.stringify(request)}`, envelope, refusal);
  const seen = outcomes.get(channel) ?? { accepted: 0, refused: 0 };
  seen[envelope.ok ? 'accepted' : 'refused']++;
  outcomes.set(channel, seen);
  return envelope.ok ? envelope.value : null;
}

export const ids = {
  sources: (model: m.ContractModel) => model.state.sources.map((s) => s.id),
  tags: (model: m.ContractModel) => model.state.tags.map((t) => t.id),
  claims: (model: m.ContractModel) => model.state.claims.map((c) => c.id),
  occurrences: (model: m.ContractModel) =>
    model.state.claims.flatMap((c) => c.occurrences.map((o) => o.id)),
};

/** A word-aligned passage of a source the model holds; [0, 1] for a source it does not. */
export function spanIn(model: m.ContractModel, sourceId: number, word: number, length = 0) {
  const source = model.state.sources.find((s) => s.id === sourceId);
  const words = source ? wordSpans(source.text) : [];
  const first = words[word % Math.max(1, words.length)] ?? [0, 1];
  const last = words[Math.min(words.length - 1, (word % Math.max(1, words.length)) + length)];
  return { start: first[0], end: (last ?? first)[1] };
}

const METADATA_KEYS = Object.keys(emptyMetadata) as (keyof typeof emptyMetadata)[];

/**
 * An import: a duplicate of a source from the same file (here: the same name and text, which
 * the model's files and pastes have only when their bytes agree) with the same details as the
 * case now has them; else a new source with the next id, which names the first source with
 * the same text, if any (a republication).
 */
function expectImport(
  model: m.ContractModel,
  result: { status: string; sourceId?: number; fileName: string } | undefined,
  source: Omit<m.MSource, 'id'>,
): void {
  const existing = model.state.sources.find(
    (s) =>
      s.fileName === source.fileName &&
      s.text === source.text &&
      METADATA_KEYS.every((key) => s[key] === source[key]),
  );
  if (existing) {
    expect(result).toMatchObject({ status: 'duplicate', sourceId: existing.id });
    return;
  }
  const identical = model.state.sources.find((s) => s.text === source.text);
  const id = model.state.sources.length + 1;
  expect(result).toEqual({
    fileName: source.fileName,
    status: 'imported',
    sourceId: id,
    ...(identical ? { identicalTo: identical.id, message: expect.any(String) } : {}),
  });
  model.state.sources.push({ id, ...source });
  model.state.reliability.push('F');
}

/** Pasted and plain-text reports carry no metadata beyond their title. */
const metadata = emptyMetadata;
const now = (app: AppUnderTest) => app.clock.now().getTime();
let files = 0;

export async function runImport(
  app: AppUnderTest,
  model: m.ContractModel,
  c: Of<'import-pasted'> | Of<'import-data'> | Of<'import-files'>,
): Promise<void> {
  const text = reportBody(c.base, c.variant);
  const title = HEADLINES[c.base] ?? '';
  if (c.kind === 'import-pasted') {
    const result = await app.value('sources:import-pasted', { title: c.title, text });
    const fileName = c.title.trim();
    expectImport(model, result, {
      ...metadata,
      fileName,
      text,
      title: c.title,
      titleDerived: false,
    });
    return;
  }
  const fileName = `report-${c.base}-${c.variant}.txt`;
  const bytes = Buffer.from(reportFile(c.base, c.variant));
  const source = { ...metadata, fileName, text, title, titleDerived: false };
  if (c.kind === 'import-data') {
    const name = c.folder ? `inbox/${fileName}` : fileName;
    const data = bytes.toString('base64');
    expectImport(model, await app.value('sources:import-data', { name, data }), source);
    return;
  }
  const folder = join(app.dataDir, `files-${++files}`);
  mkdirSync(folder);
  writeFileSync(join(folder, fileName), bytes);
  const paths = [c.folder ? folder : join(folder, fileName)];
  const results = await app.value('sources:import-files', { paths });
  expect(results).toHaveLength(1);
  expectImport(model, results[0], source);
}

export async function runSourceEdit(
  app: AppUnderTest,
  model: m.ContractModel,
  c: Of<'update-metadata'> | Of<'set-reliability'>,
): Promise<void> {
  const id = pickId(ids.sources(model), c.source);
  if (c.kind === 'set-reliability') {
    const request = { id, reliability: c.grade };
    const value = await send(app, 'sources:set-reliability', request, () =>
      model.edit('Grade source', now(app), (d) => m.setReliability(d, id, c.grade)),
    );
    if (value) expect(value.reliability).toBe(c.grade);
    return;
  }
  const changes = { ...METADATA[c.change] };
  const value = await send(app, 'sources:update-metadata', { id, changes }, () => {
    if (c.change >= INVALID_METADATA_FROM) m.refuse('invalid-request');
    model.edit('Edit source details', now(app), (d) => m.updateMetadata(d, id, changes));
  });
  if (value) expect(value.title).toBe(model.state.sources[id - 1]?.title);
}

export async function runTagEdit(
  app: AppUnderTest,
  model: m.ContractModel,
  c: Of<'create-tag'> | Of<'update-tag'> | Of<'merge-tags'> | Of<'delete-tag'>,
): Promise<void> {
  const tags = ids.tags(model);
  const t = now(app);
  if (c.kind === 'create-tag') {
    const parentId = c.parent === null ? null : pickId(tags, c.parent);
    const request = { name: c.name, parentId, ...(c.color ? { color: '#A1B2C3' } : {}) };
    let created: number | undefined;
    const value = await send(app, 'tags:create', request, () => {
      created = model.edit('Create tag', t, (d) =>
        m.createTag(d, () => model.next.tag++, request),
      ).id;
    });
    if (value) expect(value.id).toBe(created);
  } else if (c.kind === 'update-tag') {
    const id = pickId(tags, c.tag);
    const parent =
      c.parent === 'keep' ? {} : { parentId: c.parent === 'top' ? null : pickId(tags, c.parent) };
    const request = {
      id,
      ...parent,
      ...(c.name === null ? {} : { name: c.name }),
      ...(c.color ? { color: '#0F0F0F' } : {}),
      ...(c.position === null ? {} : { position: c.position }),
    };
    const label = m.tagUpdateLabel(request, c.parent !== 'keep' || c.position !== null);
    await send(app, 'tags:update', request, () =>
      model.edit(label, t, (d) => m.updateTag(d, request)),
    );
  } else if (c.kind === 'merge-tags') {
    const request = { from: pickId(tags, c.from), into: pickId(tags, c.into) };
    await send(app, 'tags:merge', request, () =>
      model.edit('Merge tags', t, (d) => m.mergeTags(d, request.from, request.into)),
    );
  } else {
    const id = pickId(tags, c.tag);
    const deletion =
      c.how === 'reassign'
        ? ({ claims: 'reassign', tagId: pickId(tags, c.target) } as const)
        : ({ claims: c.how } as const);
    await send(app, 'tags:delete', { id, deletion }, () =>
      model.edit('Delete tag', t, (d) => m.deleteTag(d, id, deletion)),
    );
  }
}

export async function runClaimEdit(
  app: AppUnderTest,
  model: m.ContractModel,
  c: Of<'create-claim'> | Of<'update-claim'> | Of<'delete-claim'>,
): Promise<void> {
  const t = now(app);
  const tags = ids.tags(model);
  if (c.kind === 'create-claim') {
    const sourceId = pickId(ids.sources(model), c.source);
    const span = spanIn(model, sourceId, c.word, c.length);
    // One time in ten an empty passage, one in ten a passage past the end of the text.
    if (c.bad === 0) span.end = span.start;
    if (c.bad === 1) span.end = 100_000;
    const cred = credibility(c.credibility);
    const request = {
      sourceId,
      ...span,
      tagIds: tags.length === 0 ? [] : c.tags.map((n) => pickId(tags, n)),
      ...(cred === undefined ? {} : { credibility: cred }),
      ...(c.note === null ? {} : { note: c.note }),
    };
    let created: number | undefined;
    const value = await send(app, 'claims:create', request, () => {
      created = model.edit('Tag claim', t, (d) => {
        m.sourceOf(d, sourceId);
        m.checkSpan(d, sourceId, span.start, span.end);
        const tagIds = m.checkTagIds(d, request.tagIds);
        const id = model.next.claim++;
        const origin = {
          id: model.next.occurrence++,
          sourceId,
          ...span,
          stance: 'origin' as const,
        };
        d.claims.push({
          id,
          note: c.note ?? '',
          credibility: cred ?? 6,
          tagIds,
          occurrences: [origin],
        });
        return id;
      });
    });
    if (value) expect(value.id).toBe(created);
  } else if (c.kind === 'update-claim') {
    const cred = credibility(c.credibility);
    const request = {
      id: pickId(ids.claims(model), c.claim),
      ...(c.tags === null ? {} : { tagIds: c.tags.map((n) => pickId(tags, n)) }),
      ...(c.note === null ? {} : { note: c.note }),
      ...(cred === undefined ? {} : { credibility: cred }),
    };
    await send(app, 'claims:update', request, () =>
      model.edit(m.claimUpdateLabel(request), t, (d) => m.updateClaim(d, request)),
    );
  } else {
    const id = pickId(ids.claims(model), c.claim);
    await send(app, 'claims:delete', { id }, () =>
      model.edit('Delete claim', t, (d) => {
        m.claimOf(d, id);
        d.claims = d.claims.filter((claim) => claim.id !== id);
      }),
    );
  }
}

export async function runPassageEdit(
  app: AppUnderTest,
  model: m.ContractModel,
  c: Of<'add-occurrence'> | Of<'remove-occurrence'> | Of<'reject-suggestion'>,
): Promise<void> {
  const t = now(app);
  const claimId = pickId(ids.claims(model), c.claim);
  if (c.kind === 'remove-occurrence') {
    // Mostly passages that can be removed; origins (refused) one time in three.
    const all = model.state.claims.flatMap((claim) => claim.occurrences);
    const removable = all.filter((o) => o.stance !== 'origin');
    const from = c.occurrence % 3 === 0 || removable.length === 0 ? all : removable;
    const occurrenceId = pickId(
      from.map((o) => o.id),
      c.occurrence,
    );
    await send(app, 'claims:remove-occurrence', { occurrenceId }, () =>
      model.edit('Remove passage', t, (d) => {
        const claim = d.claims.find((x) => x.occurrences.some((o) => o.id === occurrenceId));
        const occurrence = claim?.occurrences.find((o) => o.id === occurrenceId);
        if (!claim || !occurrence) return m.refuse('not-found');
        if (occurrence.stance === 'origin') m.refuse('invalid-request');
        claim.occurrences = claim.occurrences.filter((o) => o.id !== occurrenceId);
      }),
    );
    return;
  }
  let sourceId = pickId(ids.sources(model), c.source);
  let span = spanIn(model, sourceId, c.word);
  if (
    c.kind === 'reject-suggestion' &&
    c.suggested &&
    model.state.claims.some((x) => x.id === claimId)
  ) {
    const suggestion = (await app.value('claims:suggestions', { id: claimId }))[0];
    if (suggestion) ({ sourceId, start: span.start, end: span.end } = suggestion);
    span = { start: span.start, end: span.end };
  }
  const check = (d: m.CaseState) => {
    m.claimOf(d, claimId);
    m.sourceOf(d, sourceId);
    m.checkSpan(d, sourceId, span.start, span.end);
  };
  const same = (x: { sourceId: number; start: number; end: number }) =>
    x.sourceId === sourceId && x.start === span.start && x.end === span.end;
  if (c.kind === 'reject-suggestion') {
    await send(app, 'claims:reject-suggestion', { claimId, sourceId, ...span }, () =>
      model.edit('Reject suggestion', t, (d) => {
        check(d);
        if (!d.rejected.some((r) => r.claimId === claimId && same(r)))
          d.rejected.push({ claimId, sourceId, ...span });
      }),
    );
    return;
  }
  const stance = c.contradicts ? ('contradicts' as const) : ('supports' as const);
  const label = c.contradicts ? 'Add contradicting passage' : 'Add supporting passage';
  await send(app, 'claims:add-occurrence', { claimId, sourceId, ...span, stance }, () =>
    model.edit(label, t, (d) => {
      check(d);
      const claim = m.claimOf(d, claimId);
      if (claim.occurrences.some(same)) m.refuse('already-exists');
      claim.occurrences.push({ id: model.next.occurrence++, sourceId, ...span, stance });
      d.rejected = d.rejected.filter((r) => !(r.claimId === claimId && same(r)));
    }),
  );
}

export async function runNoteOrHistory(
  app: AppUnderTest,
  model: m.ContractModel,
  c: Of<'save-note'> | Of<'undo'> | Of<'redo'>,
): Promise<void> {
  if (c.kind === 'save-note') {
    app.clock.advance(c.wait);
    const owner =
      c.owner === 0
        ? ({ kind: 'case' } as const)
        : ({ kind: 'source', id: pickId(ids.sources(model), c.owner - 1) } as const);
    const key = owner.kind === 'case' ? 'note:case' : `note:source:${owner.id}`;
    const value = await send(app, 'notes:save', { owner, text: c.text }, () =>
      model.edit('Edit note', now(app), (d) => m.setNote(d, owner, c.text), key),
    );
    if (value) expect(value.text).toBe(c.text);
    return;
  }
  const channel = c.kind === 'undo' ? 'history:undo' : 'history:redo';
  const value = await send(app, channel, undefined, () =>
    c.kind === 'undo' ? model.undo() : model.redo(),
  );
  if (value) expect(value).toEqual(model.history());
}
