import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

interface FactsListProps<T> {
  items: readonly T[];
  getKey(item: T): string;
  /** A first guess at a row's height; rows are measured once drawn. */
  estimateSize: number;
  label: string;
  testId: string;
  renderRow(item: T, index: number): ReactNode;
  /** Enter on a row. */
  onActivate?(item: T): void;
  /** Extra attributes for a row (its test id, selection). */
  rowProps?(item: T): Record<string, string | boolean | undefined>;
}

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
  PageDown: (index) => index + 8,
  PageUp: (index) => index - 8,
};

/**
 * A long list of facts (thousands of quotes or entities on a big case), drawn virtually. One row
 * is in the Tab order at a time; arrow keys, Home/End and Page keys move between rows, Tab
 * reaches the row's actions.
 */
export function FactsList<T>(props: FactsListProps<T>) {
  const { items, getKey, estimateSize, label, testId, renderRow, onActivate, rowProps } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const current = Math.max(0, Math.min(active, items.length - 1));

  // TanStack Virtual hands back functions React Compiler cannot memoise; this list is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : getKey(item);
    },
    overscan: 6,
  });

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(index, items.length - 1));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const focus = (tries: number) => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${next}"]`);
      if (row) row.focus({ preventScroll: false });
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    requestAnimationFrame(() => focus(5));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // Keys typed into a row's field (the merge picker) belong to the field.
    if (target.closest('input, select, textarea')) return;
    if (event.altKey || event.ctrlKey || event.metaKey || items.length === 0) return;
    const row = target.closest<HTMLElement>('[data-row-index]');
    const from = row ? Number(row.dataset.rowIndex) : current;
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusRow(move(from, items.length));
    } else if (event.key === 'Enter' && target === row && onActivate) {
      const item = items[from];
      if (item !== undefined) {
        event.preventDefault();
        onActivate(item);
      }
    }
  };

  return (
    <div
      ref={scrollRef}
      className="facts-list"
      role="list"
      aria-label={label}
      data-testid={testId}
      onKeyDown={onKeyDown}
    >
      <div className="facts-list__sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index];
          if (item === undefined) return null;
          return (
            <div
              key={virtual.key}
              ref={virtualizer.measureElement}
              role="listitem"
              className="facts-row"
              data-index={virtual.index}
              data-row-index={virtual.index}
              tabIndex={virtual.index === current ? 0 : -1}
              style={{ transform: `translateY(${virtual.start}px)` }}
              onFocus={(event) => {
                if (event.target === event.currentTarget) setActive(virtual.index);
              }}
              {...rowProps?.(item)}
            >
              {renderRow(item, virtual.index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
