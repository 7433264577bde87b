// Shared by the .qdpx tests: an export view of a snapshot, the archive's entries, xmllint
// validation against the REFI-QDA schema and a fixed sample case.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { CaseSnapshot } from '../../core/exchange/case-snapshot';
import { buildExportView, type ExportView } from '../../core/exchange/export-view';
import { joinParagraphs } from '../../core/text/normalize';

export const SCHEMA = resolve(__dirname, '../../../../shared/refi-qda/Project-mrt2019.xsd');

export function viewOf(snapshot: CaseSnapshot): ExportView {
  return buildExportView(snapshot, [], { claimIds: null, generatedAt: '2026-01-02T03:04:05.000Z' });
}

export async function entriesOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) entries.set(file.name, await file.async('uint8array'));
  }
  return entries;
}

/** Writes a .qdpx from entry name → text (or bytes), for hand-made and broken projects. */
export async function writeQdpx(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** Whether xmllint can be run; when it cannot, the reason. */
export function xmllintAvailability(): { available: boolean; reason: string } {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error)
    return { available: false, reason: `xmllint cannot be run (${probe.error.message})` };
  return { available: true, reason: '' };
}

/** xmllint's verdict on one project.qde: ok, or its messages. */
export function validateWithXmllint(xml: Uint8Array | string): { ok: boolean; output: string } {
  const directory = mkdtempSync(join(tmpdir(), 'qdpx-'));
  try {
    const file = join(directory, 'project.qde');
    writeFileSync(file, xml);
    const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], {
      encoding: 'utf8',
    });
    return { ok: result.status === 0, output: `${result.stderr}${result.stdout}` };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** A small hand-written case: two sources, a nested tag, a claim with all three stances. */
export function sampleCase(): CaseSnapshot {
  const texts = [
    ['Kim said the 🦊 crossed the 𝔸rctic line.', 'Officials denied it on Tuesday.'],
    ['Reuters: the 🦊 crossed the 𝔸rctic line, officials said.', 'No one denied it.'],
  ];
  const sources = texts.map((paragraphs, index) => {
    const { text, spans } = joinParagraphs(paragraphs);
    return {
      id: index + 1,
      title: index === 0 ? 'Fox <crossing> & "line"' : 'Reuters report',
      outlet: index === 0 ? 'AP' : 'Reuters',
      byline: '',
      publishedDate: '2024-03-31',
      url: 'https://example.com/a?b=1&c=2',
      dateline: 'SEOUL',
      agency: '',
      attribution: '',
      titleDerived: false,
      fileName: `report-${index + 1}.txt`,
      text,
      paragraphs: spans,
      removedLines: [],
      wordCount: 7,
      contentHash: createHash('sha256').update(text).digest('hex'),
      importedAt: '2024-04-01T10:00:00.000Z',
      reliability: index === 0 ? ('B' as const) : ('C' as const),
      original: null,
    };
  });
  /** The occurrence of the first `quote` in the source, in code points. */
  const occurrence = (id: number, sourceId: number, quote: string) => {
    const text = sources[sourceId - 1]?.text ?? '';
    const points = Array.from(text);
    const start = Array.from(text.slice(0, text.indexOf(quote))).length;
    const end = start + Array.from(quote).length;
    return {
      id,
      sourceId,
      start,
      end,
      quote: points.slice(start, end).join(''),
      prefix: points.slice(Math.max(0, start - 32), start).join(''),
      suffix: points.slice(end, end + 32).join(''),
    };
  };
  return {
    name: 'Sample ]]> case',
    createdAt: '2024-04-01T09:00:00.000Z',
    searchLanguage: 'en',
    entityEdits: [],
    joinOverrides: [],
    sources,
    tags: [
      { id: 1, name: 'Movements', color: '#4e79a7', parentId: null, position: 0 },
      { id: 2, name: 'Border', color: '#f28e2b', parentId: 1, position: 0 },
    ],
    claims: [
      {
        id: 1,
        note: 'Two outlets, one denial.\r\nSecond line.',
        credibility: 2,
        createdAt: '2024-04-01T11:00:00.000Z',
        updatedAt: '2024-04-02T11:00:00.000Z',
        tagIds: [1, 2],
        occurrences: [
          { ...occurrence(1, 1, '🦊 crossed the 𝔸rctic line'), stance: 'origin' },
          { ...occurrence(2, 2, '🦊 crossed the 𝔸rctic line'), stance: 'supports' },
          { ...occurrence(3, 1, 'Officials denied it'), stance: 'contradicts' },
        ],
        rejected: [],
      },
    ],
    notes: [
      {
        owner: { kind: 'case' },
        text: 'Case note </script>',
        updatedAt: '2024-04-03T00:00:00.000Z',
      },
      {
        owner: { kind: 'source', id: 2 },
        text: 'Wire copy.',
        updatedAt: '2024-04-03T00:00:00.000Z',
      },
    ],
  };
}
