import type { Locator, Page } from '@playwright/test';
import { op, spanOf } from '../support/case-operations';
import { expectFactsRead } from '../support/facts';
import { expect, test } from '../support/fixtures';
import { TITLE_002, TITLE_003 } from '../support/sample-case';

// Quotes, entities and discrepancies on the sample case (sources 1–5 are seeds 000–004), and a
// claim's originator note with the analyst's override. Facts are computed in a worker a few
// seconds after the case opens, so the first look at each view waits for the facts, not a clock.

const FACTS = { timeout: 90_000 };
const WATSON_KIRBY = 'We urge the DPRK to abide by the public commitments';
const JO_002 =
  'Kim is apparently accompanied by Jo Chun Ryong, a ruling party official in charge of munitions policies who joined the leader on recent tours of factories producing artillery shells and missiles, said South Korea’s Unification Ministry.';
const JO_003 =
  'Notably, according to South Korea’s Unification Ministry, Jo Chun-ryong, the North Korean party official in charge of munitions policies, has joined Mr. Kim on the trip.';

const shortcuts = {
  quotes: 'Alt+Shift+Q',
  entities: 'Alt+Shift+E',
  discrepancies: 'Alt+Shift+D',
} as const;

/** Opens a Facts view with its command's shortcut. */
async function showFacts(page: Page, view: keyof typeof shortcuts): Promise<void> {
  await page.keyboard.press(shortcuts[view]);
  await expect(page.getByTestId(`facts-tab-${view}`)).toHaveAttribute('aria-selected', 'true');
}

/** Scrolls the claim detail so `locator` is in the middle of it, for a screenshot. */
async function centre(locator: Locator): Promise<void> {
  await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
}

test.describe('facts: quotes, entities, discrepancies', () => {
  test.setTimeout(180_000);

  test('the Watson / Kirby quote is flagged with two speakers and opens in the reader', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await expectFactsRead(page);
    await showFacts(page, 'quotes');
    const group = page.getByTestId('quote-group').filter({ hasText: WATSON_KIRBY });
    await expect(group).toHaveCount(1, FACTS);
    await expect(group.getByTestId('speaker-conflict')).toHaveText(
      'Different speakers: Adrienne Watson · John Kirby',
    );
    const occurrences = group.getByTestId('quote-occurrence');
    await expect(occurrences).toHaveCount(2);
    await expect(occurrences.nth(0)).toHaveText('#002Adrienne Watson');
    await expect(occurrences.nth(1)).toHaveText('#004John Kirby');
    // Only the quotes came with this view; the other tabs still count theirs.
    await expect(page.getByTestId('facts-tab-discrepancies')).toHaveText(/^Discrepancies[1-9]\d*$/);
    await expect(page.getByTestId('facts-tab-entities')).toHaveText(/^Entities[1-9]\d*$/);
    await workbench.screenshot('facts-quotes', testInfo.project.name);
    await group.scrollIntoViewIfNeeded();
    await workbench.screenshot('facts-quotes-conflict', testInfo.project.name);

    // Only conflicts: every group left is flagged.
    await page.getByTestId('quotes-only-conflicts').check();
    await expect(page.getByTestId('quotes-count')).toContainText(' of ');
    const shown = page.getByTestId('quote-group');
    await expect(shown.filter({ hasText: WATSON_KIRBY })).toHaveCount(1);
    expect(await shown.count()).toBe(await shown.and(page.locator('[data-conflict]')).count());

    // Kirby's rendering, in 004, opens in the reader with the quote marked.
    await group.getByTestId('quote-occurrence').nth(1).click();
    const column = workbench.column(0);
    await expect(column).toHaveAttribute('data-source-id', '5');
    await expect(column.getByTestId('column-body')).toHaveAttribute('data-search-hits', '1');
    await workbench.screenshot('facts-quote-revealed', testInfo.project.name);

    // The list is a keyboard list: arrows move between quotes, Tab reaches a quote's sources.
    // (All quotes again: the sample case has one conflict only.)
    await page.getByTestId('quotes-only-conflicts').uncheck();
    await expect(shown.nth(1)).toBeVisible();
    await shown.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(shown.nth(1)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(shown.nth(1).getByTestId('quote-occurrence').first()).toBeFocused();
  });

  test('Jo Chun Ryong and Jo Chun-ryong are one entity that narrows sources, claims and search', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await expectFactsRead(page);
    // Two claims: one on 002's Jo Chun Ryong sentence, one elsewhere.
    const jo = await spanOf(page, 3, JO_002);
    await op(page, 'claims:create', { sourceId: 3, ...jo, tagIds: [] });
    const lunch = await spanOf(page, 3, 'He added that the meeting would include a lunch');
    await op(page, 'claims:create', { sourceId: 3, ...lunch, tagIds: [] });

    await showFacts(page, 'entities');
    const row = page.getByTestId('entity-row').filter({ hasText: 'Jo Chun Ryong' });
    await expect(page.getByTestId('entity-row').first()).toBeVisible(FACTS);
    await workbench.screenshot('facts-entities-list', testInfo.project.name);
    await page.getByTestId('entities-filter').fill('jo chun');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('entity-name')).toHaveText('Jo Chun Ryong');
    await expect(row.getByTestId('entity-variant')).toHaveText([
      'Jo Chun RyongSplit',
      'Jo Chun-ryongSplit',
    ]);
    await expect(row.getByTestId('entity-counts')).toContainText('#002');
    await expect(row.getByTestId('entity-counts')).toContainText('#003');

    await row.getByTestId('choose-entity').click();
    await expect(workbench.sourceTitles).toHaveText([TITLE_002, TITLE_003]);
    const chip = page.getByTestId('entity-scope').first();
    await expect(chip.getByTestId('entity-chip')).toHaveText('Entity: Jo Chun Ryong');
    await expect(chip).toContainText('2 of 5 sources mention it');
    await workbench.screenshot('facts-entities', testInfo.project.name);

    // Claims: only the one on the sentence naming him.
    await page.keyboard.press('ControlOrMeta+Shift+K');
    await expect(page.getByTestId('claim-row')).toHaveCount(1);
    await expect(page.getByTestId('claim-row')).toContainText('accompanied by Jo Chun Ryong');
    await expect(page.getByTestId('claims-count')).toHaveText('1 claim of 2');
    await workbench.screenshot('facts-entity-claims', testInfo.project.name);

    // Search: hits only in the sources mentioning him.
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.type('Putin');
    const groups = page.getByTestId('search-group');
    await expect(groups).toHaveCount(2);
    expect(
      (await groups.evaluateAll((all) => all.map((g) => g.getAttribute('data-source-id')))).sort(),
    ).toEqual(['3', '4']);
    await expect(page.getByTestId('entity-scope').first()).toContainText(
      'Search: hits in the 2 sources mentioning it',
    );
    await workbench.screenshot('facts-entity-search', testInfo.project.name);

    // Cleared, everything is back.
    await page.getByTestId('clear-entity').first().click();
    await expect(groups).toHaveCount(5);
    await page.getByRole('button', { name: 'Clear search' }).click();
    await workbench.waitForSources(5);
    await expectFactsRead(page);
    await expect(page.getByTestId('entity-chip')).toHaveCount(0);

    // Splitting a spelling out is one undoable edit.
    await showFacts(page, 'entities');
    await page.getByTestId('entities-filter').fill('jo chun');
    await row.getByRole('button', { name: 'Split “Jo Chun-ryong” out of Jo Chun Ryong' }).click();
    await expect(page.getByTestId('entity-row')).toHaveCount(2, FACTS);
    await expect(page.getByTestId('entity-variant')).toHaveCount(0);
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('entity-row')).toHaveCount(1, FACTS);
    await expect(row.getByTestId('entity-variant')).toHaveCount(2);
  });

  test('lunch ≠ dinner becomes a claim contradicted by 003, both traced to Peskov', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await expectFactsRead(page);
    await showFacts(page, 'discrepancies');
    const item = page.getByTestId('discrepancy').filter({ hasText: 'lunch ≠ dinner' });
    await expect(item).toHaveCount(1, FACTS);
    const sides = item.getByTestId('discrepancy-side');
    await expect(sides).toHaveCount(2);
    await expect(sides.nth(0)).toContainText('#002');
    await expect(sides.nth(0).getByTestId('discrepancy-mark')).toHaveText('lunch');
    await expect(sides.nth(1)).toContainText('#003');
    await expect(sides.nth(1).getByTestId('discrepancy-mark')).toHaveText('dinner');
    await item.scrollIntoViewIfNeeded();
    await workbench.screenshot('facts-discrepancies', testInfo.project.name);

    await item.getByTestId('make-claim').click();
    const detail = page.getByTestId('claim-detail');
    await expect(detail).toBeVisible();
    await expect(detail.getByTestId('claim-quote')).toContainText('lunch in Kim’s honor');
    await expect(detail.getByTestId('contradiction-count')).toHaveText('1 contradiction');
    await expect(detail.getByTestId('claim-originator')).toHaveText(
      'Originator: Dmitry Peskov — #002, #003',
    );
    await centre(detail.getByTestId('independence-groups'));
    await workbench.screenshot('facts-discrepancy-claim', testInfo.project.name);
    await centre(detail.getByTestId('claim-passage').last());
    await workbench.screenshot('facts-discrepancy-claim-passages', testInfo.project.name);

    // One edit: undo takes the claim back.
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('claim-row')).toHaveCount(0);
  });

  test('002 and 003 both credit the Unification Ministry: one line until counted apart', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await expectFactsRead(page);
    const origin = await spanOf(page, 3, JO_002);
    const claim = await op<{ id: number }>(page, 'claims:create', {
      sourceId: 3,
      ...origin,
      tagIds: [],
    });
    const supporting = await spanOf(page, 4, JO_003);
    await op(page, 'claims:add-occurrence', {
      claimId: claim.id,
      sourceId: 4,
      ...supporting,
      stance: 'supports',
    });
    // The claim's independence needs the attributions: wait for the facts first.
    await showFacts(page, 'entities');
    await expect(page.getByTestId('entity-row').first()).toBeVisible(FACTS);
    await page.keyboard.press('ControlOrMeta+Shift+K');
    await page.getByTestId('claim-row').click();
    const detail = page.getByTestId('claim-detail');
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source', FACTS);
    await expect(detail.getByTestId('evidence-join')).toContainText(
      'both credit South Korea’s Unification Ministry',
    );
    await expect(detail.getByTestId('claim-originator')).toContainText(
      'South Korea’s Unification Ministry — #002, #003',
    );
    await centre(detail.getByTestId('independence-groups'));
    await workbench.screenshot('facts-originator-join', testInfo.project.name);

    await detail.getByTestId('count-apart').click();
    await expect(detail.getByTestId('independent-count')).toHaveText('2 independent sources');
    await expect(detail.getByTestId('claim-override')).toHaveText(
      'You counted #002 and #003 apart · Restore',
    );
    await centre(detail.getByTestId('independence-groups'));
    await workbench.screenshot('facts-originator-apart', testInfo.project.name);

    await page.getByTestId('undo').click();
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');
    await expect(detail.getByTestId('claim-override')).toHaveCount(0);

    // Redone, then restored to what the evidence says: one line again.
    await page.getByTestId('redo').click();
    await expect(detail.getByTestId('independent-count')).toHaveText('2 independent sources');
    await detail.getByTestId('claim-override').getByRole('button', { name: 'Restore' }).click();
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');
    await expect(detail.getByTestId('claim-override')).toHaveCount(0);

    // The analyst can also join two sources the evidence keeps apart.
    await detail.getByTestId('count-apart').click();
    await expect(detail.getByTestId('independent-count')).toHaveText('2 independent sources');
    await detail
      .getByTestId('join-with')
      .first()
      .selectOption({ label: 'washingtontimes.com · #003' });
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');
    await expect(detail.getByTestId('claim-override')).toHaveText(
      'You counted #002 and #003 as one · Restore',
    );
  });
});

test.describe('facts: citations between sources', () => {
  test.setTimeout(180_000);

  test('two reports citing each other are flagged as circular reporting', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    const texts = [
      [
        'planet.txt',
        'The summit will be held in the port city on Friday, the Gotham Gazette reported.',
      ],
      [
        'gazette.txt',
        'The summit is to take place in the port city on Friday, the Daily Planet reported.',
      ],
    ] as const;
    const ids: number[] = [];
    for (const [name, text] of texts) {
      const data = Buffer.from(text).toString('base64');
      const imported = await op<{ sourceId?: number }>(page, 'sources:import-data', {
        name,
        data,
      });
      if (imported.sourceId === undefined) throw new Error(`${name} was not imported`);
      ids.push(imported.sourceId);
    }
    const [planet, gazette] = ids as [number, number];
    await op(page, 'sources:update-metadata', { id: planet, changes: { outlet: 'Daily Planet' } });
    await op(page, 'sources:update-metadata', {
      id: gazette,
      changes: { outlet: 'Gotham Gazette' },
    });
    await workbench.waitForSources(7);
    await expectFactsRead(page, 7);
    await showFacts(page, 'quotes');
    const loop = page.getByTestId('circular-reporting');
    await expect(loop).toHaveCount(1, FACTS);
    await expect(loop).toContainText('Circular reporting');
    await expect(loop).toContainText(
      /Daily Planet .* cites Gotham Gazette .*, Gotham Gazette .* cites Daily Planet/,
    );
    // The loop stays in sight on every Facts view.
    await showFacts(page, 'discrepancies');
    await expect(loop).toBeVisible();

    // Every citation between sources is listed, 003 crediting AP among them.
    await page.getByTestId('citations').locator('summary').click();
    const citations = page.getByTestId('citation');
    await expect(citations.filter({ hasText: 'Gotham Gazette' }).first()).toBeVisible();
    await workbench.screenshot('facts-circular-reporting', testInfo.project.name);

    // A source of the loop opens at its citation.
    await loop.getByRole('button').first().click();
    await expect(
      page.locator(`[data-testid="reader-column"][data-source-id="${planet}"]`),
    ).toContainText('the Gotham Gazette reported');
  });
});
