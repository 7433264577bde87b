import { expect, type Locator, type Page } from '@playwright/test';

/** Where the selection's focus is, and where `text` starts and ends: UTF-16 offsets in the body. */
async function positions(body: Locator, text: string) {
  return body.evaluate((element, wanted) => {
    const before = (node: Node, offset: number) => {
      const range = document.createRange();
      range.setStart(element, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    };
    const whole = document.createRange();
    whole.selectNodeContents(element);
    const start = whole.toString().indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in this column`);
    const selection = window.getSelection();
    const inside = selection?.focusNode && element.contains(selection.focusNode);
    return {
      focus:
        inside && selection.focusNode ? before(selection.focusNode, selection.focusOffset) : -1,
      collapsed: selection?.isCollapsed ?? true,
      start,
      end: start + wanted.length,
    };
  }, text);
}

/**
 * Moves the selection's focus to `target` with Shift+arrow keys: lines while far, words while
 * near, then characters, stepping back over any overshoot.
 */
async function extendTo(page: Page, body: Locator, text: string, edge: 'start' | 'end') {
  for (let presses = 0; presses < 400; presses++) {
    const at = await positions(body, text);
    const target = at[edge];
    const gap = target - at.focus;
    if (gap === 0) return;
    if (gap > 240) await page.keyboard.press('Shift+ArrowDown');
    else if (gap > 12) await page.keyboard.press('Control+Shift+ArrowRight');
    else if (gap > 0) await page.keyboard.press('Shift+ArrowRight');
    else if (gap < -12) await page.keyboard.press('Control+Shift+ArrowLeft');
    else await page.keyboard.press('Shift+ArrowLeft');
  }
  throw new Error(`could not move the selection to the ${edge} of "${text}"`);
}

/**
 * Selects `text` in a column with the keyboard alone, as the reader offers it: the text has no
 * caret, so Shift+arrows start a selection at the first paragraph in view and extend it, and
 * Escape collapses a selection to its end, leaving the caret there. So: the paragraph holding
 * `text` is scrolled to the top of the column, the selection extended to where `text` starts
 * and collapsed with Escape, then extended over `text`.
 */
export async function selectWithKeyboard(page: Page, column: Locator, text: string) {
  const body = column.getByTestId('column-body');
  const paragraph = body.getByTestId('paragraph').filter({ hasText: text }).first();
  await paragraph.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await body.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await extendTo(page, body, text, 'start');
  if (!(await positions(body, text)).collapsed) await page.keyboard.press('Escape');
  await expect.poll(async () => (await positions(body, text)).collapsed).toBe(true);
  await extendTo(page, body, text, 'end');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(text);
}
