import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, seriousAxeViolations, useDemoSession, waitForThread, widget } from '../support/pages.ts';

/**
 * axe-core with the writing forms open, beyond the light English page: on the dark page (colour
 * contrast of every form in the dark palette) and in Arabic, right to left, at a phone's width.
 */

const demo = useDemoSession();

/** Opens the composer with its formatting help, a reply box under the first comment, then the report form of the last. */
async function openEveryForm(page: Page, labels: { help: string; reply: string; report: string }): Promise<void> {
  await widget(page).locator('textarea').first().click();
  await widget(page).getByRole('button', { name: labels.help }).first().click();
  await widget(page).getByRole('article').first().getByRole('button', { name: labels.reply, exact: true }).click();
  await widget(page).getByRole('article').first().locator('textarea').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await widget(page).getByRole('article').last().getByRole('button', { name: labels.report, exact: true }).click();
  await widget(page).locator('article fieldset').first().waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('accessibility with the forms open', () => {
  it('passes axe on the dark page', async () => {
    const page = await openPage(demo.browser, '/dark', demo.log);
    await waitForThread(page);
    expect(await widget(page).getAttribute('data-parley-theme')).toBe('dark');
    await openEveryForm(page, { help: 'Formatting help', reply: 'Reply', report: 'Report' });
  });

  it('passes axe in Arabic, right to left, at 360 px', async () => {
    const page = await openPage(demo.browser, '/spa', demo.log, { width: 360 });
    await waitForThread(page);
    await page.locator('#language').selectOption('ar');
    await widget(page).getByRole('button', { name: 'رد', exact: true }).first().waitFor();
    expect(await widget(page).evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('section')!).direction)).toBe('rtl');
    await openEveryForm(page, { help: 'مساعدة في التنسيق', reply: 'رد', report: 'إبلاغ' });
  });
});
