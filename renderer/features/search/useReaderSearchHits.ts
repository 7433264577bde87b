import { useEffect } from 'react';
import type { Span } from '../../../preload/contract';
import { codePointToUtf16Offset } from '../../../main/core/text/code-points';

/** Search hits to mark in the reader column showing `sourceId`; `current` is the one in focus. */
export interface ReaderHits {
  sourceId: number;
  spans: readonly Span[];
  current: number;
  /** A new value re-scrolls to the current hit even when the spans are the same. */
  seq: number;
}

const HITS = 'search-hit';
const CURRENT = 'search-hit-current';

/**
 * Marks the hits with the CSS Custom Highlight API: the reader's DOM is never touched, so the
 * claim marks, alignment tints and selection code keep working, and offsets map exactly as
 * they do for selections (paragraph elements hold only their text). Re-applied whenever the
 * column re-renders; the column body reports the count in data-search-hits for tests.
 */
export function useReaderSearchHits(target: ReaderHits | null): void {
  useEffect(() => {
    const registry = highlightRegistry();
    if (!registry) return;
    if (!target) {
      registry.delete(HITS);
      registry.delete(CURRENT);
      return;
    }
    let frame = 0;
    let scrolled = false;
    let observer: MutationObserver | null = null;
    const apply = () => {
      frame = 0;
      const body = document.querySelector<HTMLElement>(
        `[data-testid="reader-column"][data-source-id="${target.sourceId}"] [data-testid="column-body"]`,
      );
      const ranges = body ? target.spans.map((span) => rangeOf(body, span)) : [];
      if (!body || ranges.length === 0 || ranges.some((range) => range === null)) {
        frame = requestAnimationFrame(apply);
        return;
      }
      const found = ranges as Range[];
      registry.set(HITS, new Highlight(...found));
      const current = found[Math.min(target.current, found.length - 1)];
      if (current) registry.set(CURRENT, new Highlight(current));
      body.dataset.searchHits = String(found.length);
      body.dataset.searchCurrent = String(Math.min(target.current, found.length - 1) + 1);
      if (!scrolled && current) {
        scrolled = true;
        const element = current.startContainer.parentElement;
        element?.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      if (!observer) {
        observer = new MutationObserver(() => {
          if (!frame) frame = requestAnimationFrame(apply);
        });
        observer.observe(body, { childList: true, subtree: true, characterData: true });
      }
    };
    apply();
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      registry.delete(HITS);
      registry.delete(CURRENT);
      document.querySelectorAll<HTMLElement>('[data-search-hits]').forEach((body) => {
        delete body.dataset.searchHits;
        delete body.dataset.searchCurrent;
      });
    };
  }, [target]);
}

function highlightRegistry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

/** A DOM range over a code-point span of the source text, or null if it is not drawn (yet). */
function rangeOf(body: HTMLElement, span: Span): Range | null {
  for (const paragraph of body.querySelectorAll<HTMLElement>('[data-testid="paragraph"]')) {
    const start = Number(paragraph.dataset.start);
    const end = Number(paragraph.dataset.end);
    if (span.start < start || span.start >= end) continue;
    const text = paragraph.textContent ?? '';
    const from = codePointToUtf16Offset(text, span.start - start);
    const to = codePointToUtf16Offset(text, Math.min(span.end, end) - start);
    const a = pointAt(paragraph, from);
    const b = pointAt(paragraph, to);
    if (!a || !b) return null;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }
  return null;
}

function pointAt(paragraph: HTMLElement, offset: number): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.length) return { node, offset: remaining };
    remaining -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : null;
}
