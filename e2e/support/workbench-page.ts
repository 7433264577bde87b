import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './browser-host';

/** The page object for the workbench: what an analyst sees and does, not how it is built. */
export class WorkbenchPage {
  readonly sourceList: Locator;
  readonly sources: Locator;
  readonly sourceTitles: Locator;
  readonly columns: Locator;
  readonly columnTitles: Locator;

  constructor(readonly page: Page) {
    this.sourceList = page.getByTestId('source-list');
    this.sources = page.getByTestId('source-item');
    this.sourceTitles = this.sources.getByTestId('source-title');
    this.columns = page.getByTestId('reader-column');
    this.columnTitles = this.columns.getByTestId('column-title');
  }

  source(title: string): Locator {
    return this.sources.filter({
      has: this.page.getByTestId('source-title').getByText(title, { exact: true }),
    });
  }

  column(index: number): Locator {
    return this.columns.nth(index);
  }

  async waitForSources(count: number): Promise<void> {
    await expect(this.sources).toHaveCount(count);
  }

  /** Pastes `text` with no field focused, as Ctrl+V would: the paste dialog opens with it. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  async openSource(title: string): Promise<void> {
    await this.source(title).click();
  }

  async openBeside(title: string): Promise<void> {
    await this.source(title).click({ modifiers: ['ControlOrMeta'] });
  }

  /**
   * Selects `text` inside a column with a real mouse drag: from the left edge of its first
   * character to the right edge of its last, as an analyst would.
   */
  async selectWithMouse(column: Locator, text: string): Promise<void> {
    const body = column.getByTestId('column-body');
    await body.getByText(text, { exact: false }).first().scrollIntoViewIfNeeded();
    const box = await body.evaluate((element, wanted) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const joined = nodes.map((node) => node.data).join('');
      const at = joined.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in this column`);
      const locate = (offset: number) => {
        let rest = offset;
        for (const node of nodes) {
          if (rest < node.data.length) return { node, offset: rest };
          rest -= node.data.length;
        }
        throw new Error('offset past the end');
      };
      const rectOf = (offset: number) => {
        const { node, offset: inNode } = locate(offset);
        const range = document.createRange();
        range.setStart(node, inNode);
        range.setEnd(node, inNode + 1);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { left: rect.left, right: rect.right, y: rect.top + rect.height / 2 };
      };
      const first = rectOf(at);
      const last = rectOf(at + wanted.length - 1);
      return { startX: first.left + 1, startY: first.y, endX: last.right - 1, endY: last.y };
    }, text);
    await this.page.mouse.move(box.startX, box.startY);
    await this.page.mouse.down();
    await this.page.mouse.move((box.startX + box.endX) / 2, (box.startY + box.endY) / 2, {
      steps: 5,
    });
    await this.page.mouse.move(box.endX, box.endY, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Opens a source in the active column and its details dialog. */
  async openDetails(title: string): Promise<Locator> {
    await this.openSource(title);
    await this.columns
      .filter({ has: this.page.getByTestId('column-title').getByText(title, { exact: true }) })
      .getByTestId('column-details')
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Source details' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async screenshot(name: string, projectName: string): Promise<string> {
    const dir = join(repoRoot, 'test-results', 'screenshots');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${projectName}-${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}
