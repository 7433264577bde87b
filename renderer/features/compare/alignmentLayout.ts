import { syncScrollTargets } from './geometry';
import type { AnchorLink, Extent, ScrollColumn } from './geometry';

// The one place that reads the reader's layout. Passage extents are measured in content
// coordinates after each render and on resize, all reads first; scrolling then needs nothing
// but scrollTop, so connectors and synchronised scrolling run once per animation frame without
// forcing layout. Connector gutters subscribe to `version`.

export interface ColumnLayout {
  extents: Map<string, Extent>;
  viewport: ScrollColumn;
}

const emptyColumn = (): ColumnLayout => ({
  extents: new Map(),
  viewport: { offsetTop: 0, scrollTop: 0, height: 0, maxScroll: 0 },
});

/** A scroll event this close to a position we set ourselves is our own echo, not the reader. */
const echoTolerance = 2;
const echoWindowMs = 600;

export class AlignmentLayout {
  columns: ColumnLayout[] = [];
  private syncEnabled = true;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private container: HTMLElement | null = null;
  private bodies: (HTMLElement | null)[] = [];
  private readonly detach = new Map<HTMLElement, () => void>();
  private pairKeys: string[][] = [];
  private links: AnchorLink[][] = [];
  private readonly expected = new Map<number, { value: number; at: number }>();
  private driver: number | null = null;
  private frame = 0;
  private observer: ResizeObserver | null = null;
  private readonly articles = new Map<HTMLElement, Element>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  setContainer(element: HTMLElement | null): void {
    if (this.container === element) return;
    if (this.container) this.observer?.unobserve(this.container);
    this.container = element;
    if (element) this.resizeObserverFor().observe(element);
  }

  setBody(index: number, element: HTMLElement | null): void {
    const previous = this.bodies[index];
    if (previous === element) return;
    if (previous) {
      this.detach.get(previous)?.();
      this.detach.delete(previous);
    }
    this.bodies[index] = element;
    if (!element) return;
    const onScroll = () => this.onScroll(element);
    element.addEventListener('scroll', onScroll, { passive: true });
    this.resizeObserverFor().observe(element);
    this.detach.set(element, () => {
      element.removeEventListener('scroll', onScroll);
      this.observer?.unobserve(element);
      const article = this.articles.get(element);
      if (article) this.observer?.unobserve(article);
      this.articles.delete(element);
    });
  }

  /** Whether scrolling one column scrolls the others. */
  setSyncEnabled(enabled: boolean): void {
    this.syncEnabled = enabled;
  }

  /** Forgets bodies beyond the open columns. */
  setColumnCount(count: number): void {
    for (let index = count; index < this.bodies.length; index++) this.setBody(index, null);
    this.bodies.length = Math.min(this.bodies.length, count);
  }

  /** Passage keys of each neighbouring pair, left to right. */
  setPairKeys(keys: string[][]): void {
    this.pairKeys = keys;
    this.links = this.computeLinks();
  }

  /** Reads every passage's vertical extent in every column; call after the DOM changed. */
  measure(): void {
    const containerTop = this.container?.getBoundingClientRect().top ?? 0;
    this.columns = this.bodies.map((body) => {
      if (!body) return emptyColumn();
      this.watchContent(body);
      const rect = body.getBoundingClientRect();
      const scrollTop = body.scrollTop;
      const extents = new Map<string, Extent>();
      for (const element of body.querySelectorAll<HTMLElement>('[data-passages]')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const top = box.top - rect.top + scrollTop;
        const bottom = box.bottom - rect.top + scrollTop;
        for (const key of (element.dataset.passages ?? '').split(' ')) {
          const known = extents.get(key);
          extents.set(
            key,
            known
              ? { top: Math.min(known.top, top), bottom: Math.max(known.bottom, bottom) }
              : { top, bottom },
          );
        }
      }
      return {
        extents,
        viewport: {
          offsetTop: rect.top - containerTop,
          scrollTop,
          height: body.clientHeight,
          maxScroll: Math.max(body.scrollHeight - body.clientHeight, 0),
        },
      };
    });
    this.links = this.computeLinks();
    this.bump();
  }

  /** The union of the extents of `keys` in one column; null if none of them is shown there. */
  extentOf(column: number, keys: Iterable<string>): Extent | null {
    const extents = this.columns[column]?.extents;
    if (!extents) return null;
    let result: Extent | null = null;
    for (const key of keys) {
      const extent = extents.get(key);
      if (!extent) continue;
      result = result
        ? { top: Math.min(result.top, extent.top), bottom: Math.max(result.bottom, extent.bottom) }
        : { ...extent };
    }
    return result;
  }

  /**
   * Scrolls the selection into view in its column, unless it is already comfortably visible,
   * then lines every column's marked counterpart up with it.
   */
  reveal(anchorColumn: number, keys: ReadonlySet<string>): void {
    const anchor = this.columns[anchorColumn]?.viewport;
    const extent = this.extentOf(anchorColumn, keys);
    if (!anchor || !extent) return;
    const margin = 12;
    const visible =
      extent.top >= anchor.scrollTop + margin &&
      extent.bottom <= anchor.scrollTop + anchor.height - margin;
    const anchorTop = visible
      ? anchor.scrollTop
      : clamp(extent.top - anchor.height * 0.25, anchor.maxScroll);
    this.scrollColumn(anchorColumn, anchorTop);
    const screenY = anchor.offsetTop + extent.top - anchorTop;
    this.columns.forEach((column, index) => {
      if (index === anchorColumn) return;
      const counterpart = this.extentOf(index, keys);
      if (!counterpart) return;
      const viewport = column.viewport;
      this.scrollColumn(
        index,
        clamp(viewport.offsetTop + counterpart.top - screenY, viewport.maxScroll),
      );
    });
    this.bump();
  }

  /** Stops observing; bodies detach through their refs. Safe to keep using afterwards. */
  dispose(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer?.disconnect();
    this.observer = null;
    this.articles.clear();
    this.container = null;
  }

  private resizeObserverFor(): ResizeObserver {
    this.observer ??= new ResizeObserver(() => this.measure());
    return this.observer;
  }

  /** Text that grows or shrinks (a fold opened, a font loaded) moves every passage below it. */
  private watchContent(body: HTMLElement): void {
    const article = body.firstElementChild;
    const watched = this.articles.get(body);
    if (article === watched) return;
    if (watched) this.observer?.unobserve(watched);
    if (article) {
      this.resizeObserverFor().observe(article);
      this.articles.set(body, article);
    } else {
      this.articles.delete(body);
    }
  }

  private computeLinks(): AnchorLink[][] {
    return this.pairKeys.map((keys, pair) => {
      const from = this.columns[pair]?.extents;
      const to = this.columns[pair + 1]?.extents;
      const links: AnchorLink[] = [];
      for (const key of keys) {
        const a = from?.get(key);
        const b = to?.get(key);
        if (a && b) links.push({ from: a, to: b });
      }
      return links;
    });
  }

  private onScroll(element: HTMLElement): void {
    const index = this.bodies.indexOf(element);
    if (index === -1) return;
    const echo = this.expected.get(index);
    this.expected.delete(index);
    const ownEcho =
      echo &&
      Math.abs(element.scrollTop - echo.value) <= echoTolerance &&
      performance.now() - echo.at < echoWindowMs;
    if (!ownEcho) this.driver = index;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.onFrame());
  }

  private onFrame(): void {
    this.frame = 0;
    this.bodies.forEach((body, index) => {
      const column = this.columns[index];
      if (body && column) column.viewport.scrollTop = body.scrollTop;
    });
    const driver = this.driver;
    this.driver = null;
    if (driver !== null && this.syncEnabled) {
      const viewports = this.columns.map((column) => column.viewport);
      for (const [index, scrollTop] of syncScrollTargets(driver, viewports, this.links)) {
        this.scrollColumn(index, scrollTop);
      }
    }
    this.bump();
  }

  private scrollColumn(index: number, scrollTop: number): void {
    const body = this.bodies[index];
    const column = this.columns[index];
    if (!body || !column) return;
    const target = Math.round(scrollTop);
    column.viewport.scrollTop = target;
    if (Math.abs(body.scrollTop - target) < 1) return;
    this.expected.set(index, { value: target, at: performance.now() });
    body.scrollTop = target;
  }

  private bump(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

function clamp(value: number, max: number): number {
  return Math.min(Math.max(value, 0), max);
}
