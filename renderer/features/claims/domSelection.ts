import type { Span } from '../../../preload/contract';
import { codePointToUtf16Offset, sliceByCodePoints } from '../../../main/core/text/code-points';
import { selectionToSpan } from './selectionSpan';

// Reads the DOM selection inside one reader column as offsets into the source text. Paragraph
// elements carry their code-point start (data-start) and hold nothing but their text (numbers
// are CSS generated content), so summing the text nodes before a point gives its UTF-16 offset
// inside the paragraph.

const paragraphSelector = '[data-testid="paragraph"]';
const bodySelector = '[data-testid="column-body"]';

interface TextPoint {
  /** Code points: where the paragraph starts in the source text. */
  paragraphStart: number;
  /** UTF-16 units into the paragraph's text. */
  offset: number;
}

export interface ColumnSelection {
  sourceId: number;
  body: HTMLElement;
  from: TextPoint;
  to: TextPoint;
  /** Where to show a toolbar or picker: the selection's first and last line boxes. */
  firstRect: DOMRect;
  lastRect: DOMRect;
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/** UTF-16 offset of the point (node, offset) within the paragraph's text. */
function offsetInParagraph(paragraph: Element, node: Node, offset: number): number {
  const probe = document.createRange();
  probe.setStart(node, offset);
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) return total + offset;
    if (probe.comparePoint(text, 0) >= 0) return total;
    total += (text as Text).length;
  }
  return total;
}

function pointOf(
  body: Element,
  node: Node,
  offset: number,
  edge: 'start' | 'end',
): TextPoint | null {
  const paragraph = elementOf(node)?.closest(paragraphSelector);
  if (paragraph && body.contains(paragraph)) {
    return {
      paragraphStart: Number(paragraph.getAttribute('data-start')),
      offset: offsetInParagraph(paragraph, node, offset),
    };
  }
  // The point is between paragraphs: take the nearest paragraph inside the selection.
  const probe = document.createRange();
  probe.setStart(node, offset);
  const paragraphs = [...body.querySelectorAll(paragraphSelector)];
  const found =
    edge === 'start'
      ? paragraphs.find((candidate) => probe.comparePoint(candidate, 0) >= 0)
      : paragraphs.findLast(
          (candidate) => probe.comparePoint(candidate, candidate.childNodes.length) <= 0,
        );
  if (!found) return null;
  return {
    paragraphStart: Number(found.getAttribute('data-start')),
    offset: edge === 'start' ? 0 : (found.textContent ?? '').length,
  };
}

/** The selection, if it is non-empty and lies in one reader column's text. */
export function readColumnSelection(selection: Selection | null): ColumnSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const body = elementOf(range.commonAncestorContainer)?.closest<HTMLElement>(bodySelector);
  const column = body?.closest<HTMLElement>('[data-source-id]');
  if (!body || !column) return null;
  if (!selection.toString().trim()) return null;
  const from = pointOf(body, range.startContainer, range.startOffset, 'start');
  const to = pointOf(body, range.endContainer, range.endOffset, 'end');
  if (!from || !to) return null;
  const rects = range.getClientRects();
  const bounds = range.getBoundingClientRect();
  return {
    sourceId: Number(column.dataset.sourceId),
    body,
    from,
    to,
    firstRect: rects[0] ?? bounds,
    lastRect: rects[rects.length - 1] ?? bounds,
  };
}

/** The selection as a claim's span and quote in `text` (the source's whole text). */
export function selectionSpan(
  text: string,
  selection: Pick<ColumnSelection, 'from' | 'to'>,
): (Span & { quote: string }) | null {
  const absolute = (point: TextPoint) =>
    codePointToUtf16Offset(text, point.paragraphStart) + point.offset;
  const span = selectionToSpan(text, absolute(selection.from), absolute(selection.to));
  return span ? { ...span, quote: sliceByCodePoints(text, span.start, span.end) } : null;
}

/**
 * Extends the selection with the keyboard (Shift+arrows) inside a column body, which is not
 * editable and so has no caret of its own: a selection starts at the first paragraph in view.
 */
export function extendSelection(
  body: HTMLElement,
  direction: 'forward' | 'backward',
  granularity: 'character' | 'word' | 'line' | 'lineboundary',
): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  const inside = selection.rangeCount > 0 && body.contains(selection.anchorNode);
  if (!inside) {
    const top = body.getBoundingClientRect().top;
    const paragraphs = [...body.querySelectorAll<HTMLElement>(paragraphSelector)];
    const first =
      paragraphs.find((paragraph) => paragraph.getBoundingClientRect().bottom > top + 4) ??
      paragraphs[0];
    const walker = first && document.createTreeWalker(first, NodeFilter.SHOW_TEXT);
    const text = walker?.nextNode();
    if (!text) return false;
    selection.collapse(text, 0);
  }
  selection.modify('extend', direction, granularity);
  return true;
}
