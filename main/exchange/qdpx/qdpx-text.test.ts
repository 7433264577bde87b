import { describe, expect, it } from 'vitest';
import { buildExportView } from '../../core/exchange/export-view';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';
import { paragraphSpans, quoteAt, toLfText } from './qdpx-text';
import { sampleCase } from './qdpx-testing';

describe('toLfText', () => {
  it('leaves LF-only text and its positions alone', () => {
    const mapped = toLfText('a🦊\nb');
    expect(mapped.text).toBe('a🦊\nb');
    expect([0, 1, 2, 3, 4].map(mapped.map)).toEqual([0, 1, 2, 3, 4]);
    expect(mapped.originalLength).toBe(4);
  });

  it('turns CRLF and CR into LF and maps positions across them', () => {
    const mapped = toLfText('a\r\n𝔸\rb\r\n');
    expect(mapped.text).toBe('a\n𝔸\nb\n');
    expect(mapped.originalLength).toBe(8);
    // a \r \n 𝔸 \r b \r \n end → the CR of a CRLF maps to where its LF now is.
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(mapped.map)).toEqual([0, 1, 1, 2, 3, 4, 5, 5, 6]);
    const [start, end] = [mapped.map(3), mapped.map(6)]; // 𝔸 \r b
    expect(Array.from(mapped.text).slice(start, end).join('')).toBe('𝔸\nb');
  });
});

describe('paragraphSpans', () => {
  it('gives each non-empty line, trimmed, in code points', () => {
    expect(paragraphSpans('  🦊 one \n\n\t\ntwo\n')).toEqual([
      { start: 2, end: 7 },
      { start: 12, end: 15 },
    ]);
  });
});

describe('quoteAt', () => {
  it('takes 32 code points of context on either side', () => {
    const points = Array.from(`${'𝔸'.repeat(40)}quote${'🦊'.repeat(40)}`);
    const { quote, prefix, suffix } = quoteAt(points, 40, 45);
    expect(quote).toBe('quote');
    expect(prefix).toBe('𝔸'.repeat(32));
    expect(suffix).toBe('🦊'.repeat(32));
  });
});

describe('exportQdpx of a filtered view', () => {
  it('writes only the chosen claims but every source, tag and note', async () => {
    const snapshot = sampleCase();
    const view = buildExportView(snapshot, [], { claimIds: [], generatedAt: snapshot.createdAt });
    const back = await importQdpx(await exportQdpx(view));
    expect(back.claims).toEqual([]);
    expect(back.sources).toHaveLength(2);
    expect(back.tags).toHaveLength(2);
    expect(back.notes).toHaveLength(2);
  });
});
