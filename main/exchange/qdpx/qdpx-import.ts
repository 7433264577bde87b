// A REFI-QDA project (.qdpx) as a CaseSnapshot. Corroborate's own exports come back claim for
// claim (see qdpx-vocabulary.ts); any other project's text selections each become a claim of
// their own, coded with the selection's codes as tags.
import { createHash } from 'node:crypto';
import type { Reliability } from '../../../preload/contract';
import type { CaseSnapshot, SnapshotNote, SnapshotSource } from '../../core/exchange/case-snapshot';
import { countWords } from '../../core/text/words';
import { isIsoDate } from '../../storage/source-validation';
import { invalidProject, parseProjectQde } from './qde-parse';
import { readProject, type QdeProject, type QdeSelection, type QdeTextSource } from './qde-read';
import { noteText, readEntries, sourceText } from './qdpx-archive';
import { readClaims, timeOr, type PlacedSource } from './qdpx-claims';
import { readTags } from './qdpx-codebook';
import { paragraphSpans, toLfText } from './qdpx-text';
import { METADATA_VARIABLES, RELIABILITY_VARIABLE, isOwnOrigin } from './qdpx-vocabulary';

/** Reads `bytes` as a .qdpx. Anything wrong with the file is a CaseError('invalid-request'). */
export async function importQdpx(bytes: Uint8Array): Promise<CaseSnapshot> {
  const entries = await readEntries(bytes);
  const qde = entries.get('project.qde');
  if (!qde) {
    throw invalidProject('the archive has no project.qde, so it is not a REFI-QDA project.');
  }
  const project = readProject(parseProjectQde(qde));
  const now = new Date().toISOString();
  const own = isOwnOrigin(project.origin);
  const { tags, tagOf, credibilityOf } = readTags(project.codes, own);

  const sources: SnapshotSource[] = [];
  const placed = new Map<string, PlacedSource>();
  const byHash = new Map<string, PlacedSource>();
  const sourceNotes = new Map<number, string[]>();
  const values = sourceValues(project);
  for (const qdeSource of project.sources) {
    const raw = sourceText(qdeSource, entries);
    const { text, map, originalLength } = toLfText(raw);
    for (const selection of qdeSource.selections) {
      checkSelection(selection, qdeSource, originalLength);
    }
    const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
    let target = byHash.get(contentHash);
    if (!target) {
      const id = sources.length + 1;
      target = { id, points: Array.from(text), map };
      byHash.set(contentHash, target);
      sources.push(
        snapshotSource(id, qdeSource, text, contentHash, values.get(qdeSource.guid), now),
      );
    } else {
      // Same text as an earlier source: selections go to that one, whose positions agree once
      // both are mapped to LF text; only this file's own line-break map differs.
      target = { ...target, map };
    }
    placed.set(qdeSource.guid, target);
    const notes = qdeSource.noteGuids.flatMap((guid) => noteText(project, guid, entries));
    if (notes.length > 0) {
      sourceNotes.set(target.id, [...(sourceNotes.get(target.id) ?? []), ...notes]);
    }
  }

  const claims = readClaims(project, own, placed, { tagOf, credibilityOf, entries, now });
  const notes: SnapshotNote[] = [];
  const caseNote = project.noteGuids.flatMap((guid) => noteText(project, guid, entries));
  if (caseNote.length > 0) {
    notes.push({ owner: { kind: 'case' }, text: caseNote.join('\n\n'), updatedAt: now });
  } else if (!own && project.description.trim() !== '') {
    notes.push({ owner: { kind: 'case' }, text: project.description, updatedAt: now });
  }
  for (const [id, texts] of [...sourceNotes].sort(([a], [b]) => a - b)) {
    notes.push({ owner: { kind: 'source', id }, text: texts.join('\n\n'), updatedAt: now });
  }
  return {
    name: project.name.trim() === '' ? 'Imported project' : project.name,
    createdAt: timeOr(project.createdAt, now),
    searchLanguage: 'en',
    sources,
    tags,
    claims,
    notes,
    // REFI-QDA has no place for entity edits or join overrides; a project brings none.
    entityEdits: [],
    joinOverrides: [],
  };
}

function checkSelection(selection: QdeSelection, source: QdeTextSource, length: number): void {
  const where = `the selection ${selection.start}–${selection.end} in source "${source.name}" (project.qde line ${selection.line})`;
  if (selection.start >= selection.end) {
    throw invalidProject(`${where} is empty or reversed: it must end after it starts.`);
  }
  if (selection.end > length) {
    throw invalidProject(`${where} is outside the text, which is ${length} characters long.`);
  }
}

/** Variable values by source GUID (name → value), from Cases and from the sources themselves. */
function sourceValues(project: QdeProject): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  const add = (sourceGuid: string, values: Map<string, string>): void => {
    const named = result.get(sourceGuid) ?? new Map<string, string>();
    for (const [variable, value] of values) {
      const name = project.variables.get(variable);
      if (name !== undefined) named.set(name.trim().toLowerCase(), value);
    }
    result.set(sourceGuid, named);
  };
  for (const entry of project.cases) entry.sourceGuids.forEach((guid) => add(guid, entry.values));
  for (const source of project.sources) add(source.guid, source.values);
  return result;
}

function snapshotSource(
  id: number,
  source: QdeTextSource,
  text: string,
  contentHash: string,
  values: Map<string, string> | undefined,
  now: string,
): SnapshotSource {
  const value = (name: string): string => values?.get(name.toLowerCase()) ?? '';
  const reliability = value(RELIABILITY_VARIABLE).trim().toUpperCase();
  const metadata = Object.fromEntries(METADATA_VARIABLES.map(([key, name]) => [key, value(name)]));
  const date = value('Published date').trim().slice(0, 10);
  const title = source.name.trim() === '' ? `Source ${id}` : source.name;
  return {
    id,
    title,
    outlet: metadata.outlet ?? '',
    byline: metadata.byline ?? '',
    publishedDate: isIsoDate(date) ? date : '',
    url: metadata.url ?? '',
    dateline: metadata.dateline ?? '',
    agency: metadata.agency ?? '',
    attribution: metadata.attribution ?? '',
    titleDerived: false,
    fileName: title,
    text,
    paragraphs: paragraphSpans(text),
    removedLines: [],
    wordCount: countWords(text),
    contentHash,
    importedAt: now,
    reliability: /^[A-F]$/.test(reliability) ? (reliability as Reliability) : 'F',
    original: null,
  };
}
