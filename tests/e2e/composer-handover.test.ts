import { describe, expect, it } from 'vitest';
import { openPage, useDemoSession, waitForThread, widget } from '../support/pages.ts';

/**
 * The first paint draws a plain text box; focusing it loads the full composer, which takes its
 * place. A reader who starts typing at once must lose nothing across that swap, whenever the
 * keystrokes land. (Typing at human speed from the moment of the click, at staggered starts,
 * lost a character in about one try in five before the new box took focus in the swap's task.)
 */

const demo = useDemoSession();

describe('the composer taking over from the first-paint box', () => {
  it('keeps every character typed while it loads', async () => {
    const results: string[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const context = await demo.browser.newContext();
      const page = await openPage(demo.browser, '/', demo.log, { context, name: `reader ${attempt}` });
      await waitForThread(page);
      await widget(page).getByLabel('Your comment').click();
      // Not a wait for anything: the delay is the experiment, typing from a later moment of the load each time.
      await page.waitForTimeout(attempt * 15);
      await page.keyboard.type('Typed while loading', { delay: 15 });
      await widget(page).getByLabel('Name').waitFor();
      // Typed text that was lost never comes back: this waits out the handover, not the loss.
      await expect.poll(() => widget(page).getByLabel('Your comment').inputValue(), { timeout: 5_000 }).toBe('Typed while loading');
      results.push(await widget(page).getByLabel('Your comment').inputValue());
      await context.close();
    }
    expect(results).toEqual(Array.from({ length: 12 }, () => 'Typed while loading'));
  }, 120_000);
});
