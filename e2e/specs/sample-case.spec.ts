import { expect, test } from '../support/fixtures';
import { SAMPLE_TITLES, TITLE_001, TITLE_002, TITLE_003 } from '../support/sample-case';

test.describe('the sample case on first run', () => {
  test('lists exactly the five seed reports with their titles', async ({ workbench }, testInfo) => {
    await workbench.waitForSources(5);
    await expect(workbench.sourceTitles).toHaveText([...SAMPLE_TITLES]);
    await expect(workbench.page.getByTestId('case-name')).toContainText('Sample case');
    await expect(workbench.page.getByTestId('source-count')).toContainText('5');
    await workbench.screenshot('source-list', testInfo.project.name);
  });

  test('shows what the importer found: agency, derived titles, attribution lines', async ({
    workbench,
  }) => {
    await workbench.waitForSources(5);
    await expect(workbench.source(TITLE_002)).toContainText('AP');
    await expect(workbench.source(TITLE_002)).toContainText('961 words');
    await expect(workbench.source(TITLE_003)).toContainText('washingtontimes.com');
    // 001, 002 and 003 have no title line: their titles come from the lead.
    await expect(workbench.page.getByTestId('derived-title-badge')).toHaveCount(3);
    // Only the spun copy (001) carries a "Content Source" attribution.
    await expect(workbench.page.getByTestId('attribution-chip')).toHaveCount(1);
    await expect(workbench.source(TITLE_001).getByTestId('attribution-chip')).toHaveCount(1);
  });
});
