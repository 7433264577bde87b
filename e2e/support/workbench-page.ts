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

  async openSource(title: string): Promise<void> {
    await this.source(title).click();
  }

  async openBeside(title: string): Promise<void> {
    await this.source(title).click({ modifiers: ['ControlOrMeta'] });
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
