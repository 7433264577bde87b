import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { arbitraryCase, HOSTILE_STRINGS } from '../../exchange/arbitrary-case.fixture';
import type { CaseSnapshot } from './case-snapshot';
import { CSV_COLUMNS, claimsToCsv, FORMULA_START } from './csv';
import { buildExportView } from './export-view';

const view = (snapshot: CaseSnapshot, claimIds: number[] | null = null) =>
  buildExportView(snapshot, [], { claimIds, generatedAt: '2026-11-26T12:00:00.000Z' });

/** Reads a CSV strictly: every row has every column, no parse error. */
function strictParse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), {
    newline: '\r\n',
    delimiter: ',',
  });
  expect(result.errors).toEqual([]);
  const rows = result.data.filter(
    (row, i) => !(i === result.data.length - 1 && row.join('') === ''),
  );
  for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  return rows;
}

/** A case whose every free-text field holds a hostile string. */
function hostileCase(): CaseSnapshot {
  const sample = fc.sample(arbitraryCase(), { numRuns: 1, seed: 11 })[0];
  if (!sample) throw new Error('no sample');
  const source = sample.sources[0];
  if (!source) throw new Error('no source');
  const [start, end] = [0, Array.from(source.text).length];
  return {
    ...sample,
    sources: [{ ...source, title: HOSTILE_STRINGS[0] ?? '', outlet: '@evil', byline: '-1+2' }],
    tags: HOSTILE_STRINGS.map((name, i) => ({
      id: i + 1,
      name: name.trim() === '' ? 'x' : name,
      color: '#123456',
      parentId: null,
      position: i,
    })),
    claims: HOSTILE_STRINGS.map((note, i) => ({
      id: i + 1,
      note,
      credibility: 6,
      createdAt: 't',
      updatedAt: 't',
      tagIds: [i + 1],
      rejected: [],
      occurrences: [
        {
          id: i + 1,
          sourceId: source.id,
          start,
          end,
          quote: source.text,
          prefix: '',
          suffix: '',
          stance: 'origin',
        },
      ],
    })),
    notes: [],
  };
}

describe('claims CSV', () => {
  it('has one row per claim occurrence with every column, for random cases', () => {
    fc.assert(
      fc.property(arbitraryCase(), fc.boolean(), (snapshot, bom) => {
        const csv = claimsToCsv(view(snapshot), { bom });
        expect(csv.startsWith('\ufeff')).toBe(bom);
        const rows = strictParse(csv);
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        const occurrences = snapshot.claims.flatMap((claim) => claim.occurrences);
        expect(rows.length - 1).toBe(occurrences.length);
        // Quotes survive exactly (less the apostrophe that neutralises a formula start).
        const quoteColumn = CSV_COLUMNS.indexOf('quote');
        rows.slice(1).forEach((row, i) => {
          const cell = row[quoteColumn] ?? '';
          const expected = occurrences[i]?.quote ?? '';
          expect(FORMULA_START.test(expected) ? cell === `'${expected}` : cell === expected).toBe(
            true,
          );
        });
      }),
      { numRuns: 200 },
    );
  });

  it('neutralises every formula start, including one followed by a line break', () => {
    const csv = claimsToCsv(view(hostileCase()), { bom: false });
    const rows = strictParse(csv);
    for (const row of rows) for (const cell of row) expect(FORMULA_START.test(cell)).toBe(false);
    const notes = rows.slice(1).map((row) => row[CSV_COLUMNS.indexOf('claim_note')]);
    expect(notes).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(notes).toContain(`'\t=1+1`);
    expect(notes).toContain(`'\r=1+1`);
    expect(notes).toContain(`'@SUM(A1)`);
    expect(notes).toContain('lone \ufffd high');
    // Rows end in CRLF; the file is valid UTF-8.
    expect(csv.endsWith('\r\n')).toBe(true);
    const bytes = new TextEncoder().encode(csv);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(csv);
  });

  it('exports only the claims of the current filter', () => {
    const snapshot = hostileCase();
    const rows = strictParse(claimsToCsv(view(snapshot, [2, 4]), { bom: false }));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['2', '4']);
  });

  it('names each source by its label, as the workbench does', () => {
    const snapshot = hostileCase();
    const [source] = snapshot.sources;
    if (!source) throw new Error('no source');
    const labelled = {
      ...snapshot,
      sources: [
        {
          ...source,
          id: 1,
          fileName: '002_ap.txt',
          outlet: '',
          agency: 'AP',
          url: '',
          publishedDate: '2023-09-12',
        },
      ],
      claims: snapshot.claims.slice(0, 1).map((claim) => ({
        ...claim,
        occurrences: claim.occurrences.map((occurrence) => ({ ...occurrence, sourceId: 1 })),
      })),
    };
    const [header, row] = strictParse(claimsToCsv(view(labelled), { bom: false }));
    const column = (name: (typeof CSV_COLUMNS)[number]) => row?.[header?.indexOf(name) ?? -1];
    expect(column('source_label')).toBe('AP · 12 Sep 2023 · #002');
    expect(column('supporting_sources')).toBe('AP · 12 Sep 2023 · #002');
  });
});
